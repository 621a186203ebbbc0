import { BudgetDocument } from './schema/index.js';

/**
 * The validate stage: every document leaves the pipeline checked against the zod schema.
 * A document that fails is a bug of ours (the extractors build it), so this throws; the
 * engine turns that into an INTERNAL_ERROR entry for the file.
 */
export function validateDocument(doc: BudgetDocument): BudgetDocument {
  const r = BudgetDocument.safeParse(doc);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`output does not match the schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? r.error.message}`);
  }
  return doc;
}
