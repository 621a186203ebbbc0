import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { BudgetDocument, documentJsonSchema, parseDocument, validateDocument } from '../src/index.js';
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

describe('validation at run time (--validate, { validate: true }, BUDGET_PARSE_VALIDATE=1)', () => {
  const file = join(FIXTURES, 'docs', 'budget-basic.txt');

  it('the test suite runs with validation on by default', () => {
    expect(process.env.BUDGET_PARSE_VALIDATE).toBe('1');
  });

  it('validateDocument throws on a document that breaks the contract, where TypeScript cannot see it', () => {
    const doc = parseDocument(readFileSync(file), { path: file });
    expect(validateDocument(doc)).toBe(doc);
    expect(() => validateDocument({ ...doc, year: 1800 })).toThrow(/year/);
    expect(() => validateDocument({ ...doc, warnings: [{ code: 'bad code', message: 'x', line: 0 } as never] })).toThrow(/warnings/);
  });

  it('with validation off the document is the same', () => {
    const on = parseDocument(readFileSync(file), { path: file, validate: true });
    const off = parseDocument(readFileSync(file), { path: file, validate: false });
    expect(off).toEqual(on);
  });

  it('budget-parse --validate writes the same output as without, and without BUDGET_PARSE_VALIDATE', () => {
    const run = (args: string[], env: Record<string, string | undefined>) =>
      execFileSync(process.execPath, [join(ROOT, 'bin', 'budget-parse.js'), '-q', '--jobs', '2', '--format', 'jsonl', ...args, join(FIXTURES, 'docs')], { env: { ...process.env, ...env } }).toString();
    const plain = run([], { BUDGET_PARSE_VALIDATE: '' });
    expect(plain.split('\n').filter(Boolean).length).toBe(readdirSync(join(FIXTURES, 'docs')).length);
    expect(run(['--validate'], { BUDGET_PARSE_VALIDATE: '' })).toBe(plain);
  });
});
