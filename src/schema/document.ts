import { z } from 'zod';
import { Diagnostic, LineNo } from './common.js';
import { Assets, Budget, OperatingExpenses, Procurement, ThreePublic } from './budget.js';
import { Performance } from './performance.js';
import { BudgetTable } from './tables.js';

import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

export const SectionKind = z.enum([
  'duties', 'organization', 'budgetOverview', 'operatingExpenses', 'threePublic',
  'performance', 'procurement', 'assets', 'glossary', 'other',
]);
export type SectionKind = z.infer<typeof SectionKind>;

export const Encoding = z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']);
export type Encoding = z.infer<typeof Encoding>;

/** How the text of the file was laid out (the main one, when several mix). */
export const Layout = z.enum(['tika', 'pipe', 'pdf-text', 'pdf-layout', 'cell-per-line', 'flat', 'plain']);
export type Layout = z.infer<typeof Layout>;

/** The published format the document was read from. */
export const Format = z.enum(['text', 'pdf', 'docx', 'html', 'xlsx']);
export type Format = z.infer<typeof Format>;

export const Source = z.strictObject({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  bytes: z.number().int().min(0).nullable(),
  encoding: Encoding.nullable(),
  lines: z.number().int().min(0).nullable(),
  format: Format,
  layout: Layout.nullable(),
});
export type Source = z.infer<typeof Source>;

export const Section = z.strictObject({
  kind: SectionKind,
  heading: z.string(),
  startLine: LineNo,
  endLine: LineNo,
});
export type Section = z.infer<typeof Section>;

export const OrganizationUnit = z.strictObject({
  name: z.string(),
  nature: z.string().nullable(),
  rank: z.string().nullable(),
  funding: z.string().nullable(),
  line: LineNo,
});

export const DocumentError = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  message: z.string(),
});
export type DocumentError = z.infer<typeof DocumentError>;

export const BudgetDocument = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: Source,
  /** budget: 部门预算; finalAccount: 部门决算 (its figures are the actual ones); performance: a 绩效 text only. */
  kind: z.enum(['budget', 'finalAccount', 'performance', 'unknown']),
  title: z.string().nullable(),
  department: z.string().nullable(),
  year: z.number().int().min(1949).max(2100).nullable(),
  sections: z.array(Section),
  duties: z.array(z.strictObject({ text: z.string(), line: LineNo })),
  organization: z.strictObject({ units: z.array(OrganizationUnit) }).nullable(),
  glossary: z.array(z.strictObject({ term: z.string(), definition: z.string(), line: LineNo })),
  budget: Budget.nullable(),
  operatingExpenses: OperatingExpenses.nullable(),
  threePublic: ThreePublic.nullable(),
  procurement: Procurement.nullable(),
  assets: Assets.nullable(),
  performance: Performance.nullable(),
  /** The standard budget tables (收支总表 … 基本支出表) as typed rows. */
  tables: z.array(BudgetTable),
  warnings: z.array(Diagnostic),
  error: DocumentError.nullable(),
});
export type BudgetDocument = z.infer<typeof BudgetDocument>;
