import { Parser } from 'htmlparser2';
import { strFromU8, unzipSync } from 'fflate';

/** A parsed XML/HTML element: name, attributes, children (elements and text). */
export interface El {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
}
export type Node = El | string;

/** Parse XML (or HTML with `html: true`) into a small tree. Forgiving: never throws. */
export function parseTree(text: string, html = false): El {
  const root: El = { name: '#root', attrs: {}, children: [] };
  const stack: El[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: El = { name, attrs, children: [] };
        stack[stack.length - 1]!.children.push(el);
        stack.push(el);
      },
      ontext(t) {
        const top = stack[stack.length - 1]!;
        const last = top.children[top.children.length - 1];
        if (typeof last === 'string') top.children[top.children.length - 1] = last + t;
        else top.children.push(t);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { xmlMode: !html, decodeEntities: true, lowerCaseTags: html, lowerCaseAttributeNames: html, recognizeSelfClosing: !html },
  );
  parser.write(text);
  parser.end();
  return root;
}

export function* elements(el: El, name?: string): Generator<El> {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (!name || c.name === name) yield c;
  }
}

export function child(el: El, name: string): El | undefined {
  for (const c of elements(el, name)) return c;
  return undefined;
}

/** Every descendant element with this name, in document order. */
export function* descendants(el: El, name: string): Generator<El> {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) yield c;
    yield* descendants(c, name);
  }
}

/** Read a ZIP (DOCX, XLSX): the entries whose names pass `want`, as UTF-8 text. */
export function unzipText(bytes: Uint8Array, want: (name: string) => boolean): Map<string, string> | null {
  try {
    const files = unzipSync(bytes, { filter: (f) => want(f.name) });
    const out = new Map<string, string>();
    for (const [name, data] of Object.entries(files)) out.set(name, strFromU8(data));
    return out;
  } catch {
    return null;
  }
}
