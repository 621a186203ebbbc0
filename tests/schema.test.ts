import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { BudgetDocument, documentJsonSchema, parseDocument } from '../src/index.js';
import { FIXTURES, hasSeeds, ROOT, SEEDS } from './helpers.js';

const committed = JSON.parse(readFileSync(join(ROOT, 'schemas', 'document.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const validate = ajv.compile(committed);

function fixtureFiles(): string[] {
  return ['docs', 'encodings'].flatMap((dir) => readdirSync(join(FIXTURES, dir)).map((f) => join(FIXTURES, dir, f)));
}

describe('JSON Schema', () => {
  it('the committed schemas/document.schema.json is generated from the zod schema (run `npm run schema` when this fails)', () => {
    expect(committed).toEqual(documentJsonSchema());
  });

  it.each(fixtureFiles())('output for %s validates with an independent validator (ajv)', (file) => {
    const doc = JSON.parse(JSON.stringify(parseDocument(readFileSync(file), { path: file })));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it.skipIf(!hasSeeds)('output for every seed validates with ajv', () => {
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) {
      const doc = JSON.parse(JSON.stringify(parseDocument(readFileSync(join(SEEDS, f)), { path: f })));
      expect(validate(doc), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('is strict: wrong types, unknown enum values and unknown keys fail', () => {
    const good = JSON.parse(JSON.stringify(parseDocument(readFileSync(join(FIXTURES, 'docs', 'budget-basic.txt')))));
    expect(validate(good)).toBe(true);
    const bad = (patch: (d: Record<string, any>) => void) => {
      const d = structuredClone(good);
      patch(d);
      return { ajv: validate(d), zod: BudgetDocument.safeParse(d).success };
    };
    expect(bad((d) => (d.year = '2024'))).toEqual({ ajv: false, zod: false });
    expect(bad((d) => (d.kind = 'report'))).toEqual({ ajv: false, zod: false });
    expect(bad((d) => (d.sections[0].kind = 'preface'))).toEqual({ ajv: false, zod: false });
    expect(bad((d) => (d.budget.revenue.total.yuan = '12864500'))).toEqual({ ajv: false, zod: false });
    expect(bad((d) => (d.budget.revenue.total.unit = '千元'))).toEqual({ ajv: false, zod: false });
    expect(bad((d) => (d.extra = 1))).toEqual({ ajv: false, zod: false });
    expect(bad((d) => delete d.source)).toEqual({ ajv: false, zod: false });
  });

  it('the zod schema accepts what the parser produces', () => {
    for (const file of fixtureFiles()) {
      const r = BudgetDocument.safeParse(parseDocument(readFileSync(file), { path: file }));
      expect(r.success, file).toBe(true);
    }
  });
});
