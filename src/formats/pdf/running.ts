import type { PageData } from './page.js';
import type { TextLine } from './text-lines.js';
import { compact } from '../../normalize/text.js';

/** A page number alone: `4`, `- 4 -`, `第4页`, `第 4 页 共 41 页`, `4/41`. */
const PAGE_NUMBER = /^[-—–－\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－\s]*$/;

/** Top and bottom band of a page where running headers and footers stand (share of the height). */
const BAND = 0.08;

/**
 * Running headers, footers and page numbers: lines in the top or bottom band of a page that
 * are a page number, or whose text (digits aside) repeats on at least half of the pages.
 */
export function runningLines(pages: readonly PageData[], lines: readonly TextLine[][]): Set<TextLine> {
  const out = new Set<TextLine>();
  const key = (l: TextLine) => compact(l.text.replace(/\d+/g, '#'));
  const counts = new Map<string, Set<number>>();
  const candidates: { line: TextLine; key: string }[] = [];
  for (let i = 0; i < pages.length; i++) {
    const p = pages[i]!;
    const ls = lines[i] ?? [];
    for (const l of ls) {
      const inBand = l.bottom < p.height * BAND || l.top > p.height * (1 - BAND);
      if (!inBand) continue;
      if (PAGE_NUMBER.test(l.text)) {
        out.add(l);
        continue;
      }
      const k = key(l);
      candidates.push({ line: l, key: k });
      let s = counts.get(k);
      if (!s) counts.set(k, (s = new Set()));
      s.add(p.number);
    }
  }
  if (pages.length >= 2) {
    for (const c of candidates) {
      const n = counts.get(c.key)!.size;
      if (n >= 2 && n >= pages.length * 0.5) out.add(c.line);
    }
  }
  return out;
}
