import type { Block } from '../blocks/index.js';
import { parseNumbering } from '../sections/numbering.js';
import { paragraphs } from './context.js';

export interface GlossaryEntry {
  term: string;
  definition: string;
  line: number;
}

/** 名词解释: "1、term：definition" paragraphs; an unnumbered paragraph continues the last definition. */
export function extractGlossary(blocks: readonly Block[]): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  for (const p of paragraphs(blocks).slice(1)) {
    const body = parseNumbering(p.text)?.rest ?? p.text;
    const m = /^(.{1,30}?)[：:](.+)$/s.exec(body);
    if (m) out.push({ term: m[1]!.trim(), definition: m[2]!.trim(), line: p.line });
    else if (out.length > 0) out[out.length - 1]!.definition += `\n${p.text}`;
  }
  return out;
}
