import { createHash } from 'node:crypto';
import { decode } from './decode/index.js';
import { Diagnostics } from './diagnostics.js';
import { blocksOf, sectionsOf } from './extract/context.js';
import { routeClaims, warnUnclaimed } from './extract/claims.js';
import { warnBareNumbers } from './extract/bare-numbers.js';
import { warnApartCells, warnUnreadTables } from './extract/unread-tables.js';
import type { ReaderKind } from './extract/claim-patterns.js';
import { extractDuties } from './extract/duties.js';
import { extractGlossary } from './extract/glossary.js';
import { extractMetadata } from './extract/metadata.js';
import { extractOrganization } from './extract/organization.js';
import { checkPlaceholders } from './extract/amounts.js';
import { extractAssets } from './extract/assets.js';
import { extractBudgetOverview } from './extract/budget-overview.js';
import { extractOperatingExpenses } from './extract/operating-expenses.js';
import { extractProcurement } from './extract/procurement.js';
import { extractThreePublic } from './extract/three-public.js';
import { checkDocument } from './checks/index.js';
import { annotateStructure } from './extract/structure.js';
import { checkTables } from './checks/tables.js';
import { extractTables } from './tables/index.js';
import { fillFromTables } from './tables/fill.js';
import { dropUnsureColumns } from './tables/trust.js';
import { extractPerformance } from './extract/performance/index.js';
import { performanceBlocks } from './extract/performance/anywhere.js';
import { joinCellLineForms } from './extract/performance/cell-lines.js';
import type { ExtractContext } from './extract/context.js';
import type { Produced } from './formats/builder.js';
import { readLayout } from './layout/index.js';
import { withoutToc } from './layout/toc.js';
import { unitsAbove } from './extract/unit-above.js';
import { splitLines } from './lines/index.js';
import type { BudgetDocument, Source } from './schema/index.js';
import { errorDocument } from './error-document.js';
import { SCHEMA_VERSION } from './schema/version.js';
import { splitSections } from './sections/index.js';
import { validateDocument, validating } from './validate.js';
import { stage } from './stages.js';

/**
 * Tika ends every table with two or more blank lines. When the file ends with fewer, a
 * table that reaches its last non-blank line was cut off: return that line (else Infinity).
 */
function openTableEnd(lines: readonly { blank: boolean }[]): number {
  let trailing = 0;
  while (trailing < lines.length && lines[lines.length - 1 - trailing]!.blank) trailing++;
  return trailing >= 2 ? Number.POSITIVE_INFINITY : lines.length - trailing;
}

export interface ParseOptions {
  /** The path recorded in `source.path` (default: "<input>"). */
  path?: string;
  /**
   * The text and blocks a format reader (src/formats) produced from a PDF, DOCX, HTML or XLSX
   * file: they take the place of decode → lines → layout.
   */
  produced?: Pick<Produced, 'format' | 'layout' | 'text' | 'blocks' | 'warnings'>;
  /**
   * Check the document against the zod schema before returning it (throws on a mismatch: a bug of
   * ours). Default: off, unless BUDGET_PARSE_VALIDATE=1 (the tests set it); see src/validate.ts.
   */
  validate?: boolean;
}

export { errorDocument };

/** The validate stage, when asked for (options.validate, else BUDGET_PARSE_VALIDATE=1). */
export function checked(doc: BudgetDocument, options: { validate?: boolean }): BudgetDocument {
  return (options.validate ?? validating()) ? validateDocument(doc) : doc;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Parse one disclosure from its bytes (or from already decoded text).
 * Never throws for problems of the document: they become `warnings` or `error`.
 */
export function parseDocument(input: Uint8Array | string, options: ParseOptions = {}): BudgetDocument {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const produced = options.produced;
  const source: Source = { path: options.path ?? '<input>', sha256: stage('sha256', () => sha256(bytes)), bytes: bytes.length, encoding: null, lines: null, format: produced?.format ?? 'text', layout: null };
  const decoded: ReturnType<typeof decode> = produced ? { ok: true, text: produced.text, encoding: 'utf-8', warnings: produced.warnings } : stage('decode', () => decode(bytes));
  if (!decoded.ok) return checked(errorDocument(source, decoded.code, decoded.message), options);
  source.encoding = produced ? null : decoded.encoding;

  const diagnostics = new Diagnostics();
  for (const w of decoded.warnings) diagnostics.warn(w.code, w.message, null);
  const lines = stage('lines', () => splitLines(decoded.text));
  source.lines = lines.length;
  const { layout, blocks, columnText } = produced ? { layout: produced.layout, blocks: stage('layout', () => withoutToc(produced.blocks, lines, decoded.text)), columnText: undefined } : stage('layout', () => readLayout(lines, decoded.text));
  source.layout = layout;
  const sections = stage('sections', () => splitSections(blocks));
  // A 绩效自评表 printed one cell per line (a web page saved as text) is set back into its table (src/extract/performance/cell-lines.ts).
  if (!produced) stage('sections', () => joinCellLineForms(sections, blocks, lines));
  // Readers read what sentences and tables claim by their own words; a heading is a hint.
  const claims = stage('claims', () => routeClaims(sections));
  const meta = stage('metadata', () => extractMetadata(blocks, sections, claims.claimed, diagnostics));
  if (meta.kind === 'unknown') {
    diagnostics.warn('NOT_A_DISCLOSURE', 'no section of a budget disclosure was found (no 预算/绩效/三公 … heading)', null);
  }

  const has = (k: Parameters<typeof sectionsOf>[1]) => sectionsOf(sections, k).length > 0;
  const ctx: ExtractContext = { diagnostics, year: meta.year, kind: meta.kind, unitAbove: stage('unit captions', () => unitsAbove(blocks)), readTables: new Set(), columnText, unsureTables: new Set() };
  const read = <T>(kind: ReaderKind, fn: (b: ReturnType<typeof blocksOf>, c: ExtractContext) => T): T | null => {
    const claimed = claims.blocks.get(kind);
    return claimed ? stage(`read ${kind}`, () => fn(claimed, ctx)) : null;
  };
  const extract = <T>(kind: Parameters<typeof sectionsOf>[1], fn: (b: ReturnType<typeof blocksOf>, c: ExtractContext) => T): T | null =>
    has(kind) ? stage(`read ${kind}`, () => fn(blocksOf(sections, kind), ctx)) : null;
  stage('placeholders', () => checkPlaceholders(blocks, diagnostics));
  stage('claims', () => {
    warnUnclaimed(claims.unclaimed, diagnostics);
    warnBareNumbers(blocks, diagnostics);
  });
  const doc: BudgetDocument = {
    schemaVersion: SCHEMA_VERSION,
    source,
    kind: meta.kind,
    title: meta.title,
    department: meta.department,
    year: meta.year,
    sections: sections.map(({ kind, heading, startLine, endLine }) => ({ kind, heading, startLine, endLine })),
    duties: stage('read duties', () => extractDuties(blocksOf(sections, 'duties'))),
    organization: extract('organization', extractOrganization),
    glossary: stage('read glossary', () => extractGlossary(blocksOf(sections, 'glossary'))),
    budget: read('budgetOverview', extractBudgetOverview),
    operatingExpenses: read('operatingExpenses', extractOperatingExpenses),
    threePublic: read('threePublic', extractThreePublic),
    procurement: read('procurement', extractProcurement),
    assets: read('assets', extractAssets),
    performance: stage('read performance', () => {
      const b = performanceBlocks(sections);
      return b ? extractPerformance(b, ctx, openTableEnd(lines)) : null;
    }),
    tables: stage('tables', () => dropUnsureColumns(extractTables(blocks, ctx), diagnostics, ctx.unsureTables)),
    warnings: diagnostics.list,
    error: null,
  };
  stage('tables', () => fillFromTables(doc));
  // Reasons, purposes, 持平, the hierarchy of item lists, 工作保障措施 (issue 13).
  stage('structure', () => annotateStructure(doc, blocks, lines));
  stage('checks', () => {
    checkDocument(doc, diagnostics);
    checkTables(doc, diagnostics);
    warnUnreadTables(doc, blocks, ctx.readTables!, lines.length, diagnostics);
    warnApartCells(blocks, diagnostics);
  });
  return stage('validate', () => checked(doc, options));
}
