/**
 * The color of each part of a document: JSON top-level keys (where a figure is stored) and
 * section kinds (where a line stands) share one palette. Unknown keys get `other`.
 */
export const COLORS: Record<string, string> = {
  budget: '#1f6fd1',
  operatingExpenses: '#7b3fc4',
  threePublic: '#c2410c',
  procurement: '#0f8a5f',
  assets: '#a16207',
  performance: '#be185d',
  tables: '#0e7490',
  other: '#57606a',
};

/** Section kinds (doc.sections[].kind) whose figures live under another key. */
const SECTION_TO_KEY: Record<string, string> = { budgetOverview: 'budget' };

/** The color class of a JSON top-level key or a section kind. */
export function colorClass(keyOrKind: string): string {
  const k = SECTION_TO_KEY[keyOrKind] ?? keyOrKind;
  return `c-${k in COLORS ? k : 'other'}`;
}

/** Marks of a warning line that no reader claimed (UNPLACED_FIGURE): their own color. */
export const UNPLACED_COLOR = '#d4a000';
export const WARNING_COLOR = '#d1242f';
