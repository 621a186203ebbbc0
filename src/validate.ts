import type { BudgetDocument } from './schema/index.js';

/**
 * The validate stage: a document checked against the zod schema (src/schema), the single source
 * of truth of the output contract. A document that fails is a bug of ours (the extractors build
 * it), so this throws; the engine turns that into an INTERNAL_ERROR entry for the file.
 *
 * It runs when asked for: `--validate` on the command line, `{ validate: true }` in the library,
 * or BUDGET_PARSE_VALIDATE=1 in the environment (the test suite sets it, so every document the
 * tests produce is checked). By default it does not run: the documents are built by typed code
 * whose types are inferred from the same schemas, and checking every document again cost as much
 * as a third of the extraction (README › Benchmark). zod itself is loaded only when validation is
 * on, which keeps it out of the start-up of every worker.
 */
type Schema = (typeof import('./schema/document.js'))['BudgetDocument'];

let schema: Schema | null = null;
let byDefault = process.env.BUDGET_PARSE_VALIDATE === '1';

/** Load the schema (zod) so that validateDocument can run; `asDefault` turns validation on for every later parse. */
export async function loadValidator(asDefault = false): Promise<void> {
  schema ??= (await import('./schema/document.js')).BudgetDocument;
  if (asDefault) byDefault = true;
}

if (byDefault) await loadValidator();

/** Whether documents are validated when the caller does not say. */
export const validating = (): boolean => byDefault;

export function validateDocument(doc: BudgetDocument): BudgetDocument {
  if (!schema) throw new Error('validateDocument: the schema is not loaded (await loadValidator() first)');
  const r = schema.safeParse(doc);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`output does not match the schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? r.error.message}`);
  }
  return doc;
}
