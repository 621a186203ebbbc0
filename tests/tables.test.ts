import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type BudgetDocument } from '../src/index.js';
import { fillFromTables } from '../src/tables/fill.js';
import { isTitle, kindOfTitle } from '../src/tables/index.js';
import { FIXTURES } from './helpers.js';
import { budgetDoc, finalDoc, MISMATCHES, pagedDoc, render, type Form, type SpecDoc } from './tables-spec.js';

const DIR = join(FIXTURES, 'tables');
const FORMS: Form[] = ['tika', 'pipe', 'layout'];
const EXT: Record<Form, string> = { tika: 'tika.txt', pipe: 'pipe.txt', layout: 'layout.txt' };

/** Independent oracle for a printed amount: digits shifted by the unit, rounded to the fen. */
function yuanOf(raw: string, unit: '万元' | '元'): number {
  const v = Number(raw.replace(/,/g, ''));
  return Math.round(v * (unit === '万元' ? 10000 : 1) * 100) / 100;
}

const docs: SpecDoc[] = [budgetDoc(), finalDoc(), pagedDoc()];

describe('fixtures/tables are the renderings of tests/tables-spec.ts', () => {
  for (const m of MISMATCHES) {
    it(`${m.name}.tika.txt`, () => {
      const path = join(DIR, `${m.name}.tika.txt`);
      const text = render(m.make(), 'tika');
      if (process.env.UPDATE_FIXTURES) writeFileSync(path, text);
      expect(readFileSync(path, 'utf8')).toBe(text);
    });
  }
  for (const d of docs) {
    for (const form of FORMS) {
      it(`${d.name}.${EXT[form]}`, () => {
        const path = join(DIR, `${d.name}.${EXT[form]}`);
        const text = render(d, form);
        if (process.env.UPDATE_FIXTURES) {
          mkdirSync(DIR, { recursive: true });
          writeFileSync(path, text);
        }
        expect(existsSync(path)).toBe(true);
        expect(readFileSync(path, 'utf8')).toBe(text);
      });
    }
  }
});

const cache = new Map<string, BudgetDocument>();
function parsed(name: string): BudgetDocument {
  let d = cache.get(name);
  if (!d) {
    d = parseDocument(readFileSync(join(DIR, name)), { path: name });
    cache.set(name, d);
  }
  return d;
}

for (const d of docs) {
  for (const form of FORMS) {
    describe(`${d.name} (${form}): every table, every cell`, () => {
      const file = `${d.name}.${EXT[form]}`;
      it('the tables are found in order, with kind, side, title and unit', () => {
        const expected = d.tables.flatMap((t) =>
          t.halves.filter((h) => h.rows.length > 0 || t.halves.length === 1).map((h) => [t.kind, t.halves.length === 2 ? h.side : null, t.title, t.unit]),
        );
        expect(parsed(file).tables.map((t) => [t.kind, t.side, t.title, t.unit])).toEqual(expected);
      });
      for (const t of d.tables) {
        it(`${t.title}: codes, names, levels and values`, () => {
          const found = parsed(file).tables.filter((x) => x.title === t.title);
          t.halves.forEach((h, hi) => {
            const table = found[hi]!;
            expect(table, `${t.title} half ${hi}`).toBeDefined();
            if (h.rows.length === 0) {
              expect(table.rows).toEqual([]);
              return;
            }
            const valueColumns = table.columns.filter((c) => !['text', 'code', '类', '款', '项'].includes(c.key));
            expect(valueColumns.map((c) => c.key)).toEqual(h.keys);
            expect(valueColumns.map((c) => c.money)).toEqual(h.money ?? h.keys.map(() => true));
            expect(table.rows.map((r) => [r.code, r.name, r.level])).toEqual(h.rows.map((r) => [r.code, r.name, r.level]));
            // Labels: the other text column, then the figures that are not money (数量), so that no cell is dropped.
            const headers = h.header[h.header.length - 1]!;
            const quantities = (ri: number) => h.keys.flatMap((_, ki) => (h.money?.[ki] === false && h.rows[ri]!.cells[ki] ? [{ header: headers[ki]!, code: null, name: h.rows[ri]!.cells[ki]! }] : []));
            expect(table.rows.map((r) => r.labels)).toEqual(h.rows.map((_, ri) => [...(h.extra?.cells[ri] ? [{ header: h.extra.header, code: null, name: h.extra.cells[ri] }] : []), ...quantities(ri)]));
            h.rows.forEach((r, ri) => {
              const row = table.rows[ri]!;
              const expected: Record<string, { yuan: number; raw: string; unit: string }> = {};
              h.keys.forEach((k, ki) => {
                const cell = r.cells[ki]!;
                if (cell !== '' && (h.money?.[ki] ?? true)) expected[k] = { yuan: yuanOf(cell, t.unit), raw: cell, unit: t.unit };
              });
              const got = Object.fromEntries(Object.entries(row.values).map(([k, m]) => [k, { yuan: m.yuan, raw: m.raw, unit: m.unit }]));
              expect(got, `${t.title} row ${r.name}`).toEqual(expected);
              // Every figure points at the line where its text stands.
              const lines = readFileSync(join(DIR, `${d.name}.${EXT[form]}`), 'utf8').split('\n');
              for (const m of Object.values(row.values)) expect(lines[m.line - 1]).toContain(m.raw);
            });
          });
        });
      }
      it('the document’s own arithmetic holds: no table warning', () => {
        expect(parsed(file).warnings.filter((w) => /^TABLE_|TEXT_TABLE|UNREAD_TABLE/.test(w.code))).toEqual([]);
      });
    });
  }
}

describe('the fill step and the text', () => {
  it('budget: the text states the figures; the tables agree (no TEXT_TABLE_MISMATCH), the text is kept', () => {
    const doc = parsed('budget-wan.tika.txt');
    expect(doc.budget?.expenditure?.total).toMatchObject({ yuan: 12506000, raw: '1,250.60万元' });
    expect(doc.threePublic).toMatchObject({ form: 'sentence', total: { yuan: 123000 } });
    expect(doc.warnings.map((w) => w.code)).not.toContain('TEXT_TABLE_MISMATCH');
  });
  it.each(FORMS)('final account (%s): no overview text, so budget and 三公 come from the tables, with lines into them', (form) => {
    fillFinal(form);
  });
  function fillFinal(form: Form) {
    const doc = parsed(`final-yuan.${EXT[form]}`);
    const lines = readFileSync(join(DIR, `final-yuan.${EXT[form]}`), 'utf8').split('\n');
    const e = doc.budget!.expenditure!;
    expect([doc.budget?.revenue?.total?.yuan, e.total?.yuan, e.basic?.yuan, e.project?.yuan]).toEqual([1216000, 1216000, 976000, 240000]);
    expect(lines[e.total!.line - 1]).toContain('1,216,000.00');
    expect(lines[e.basic!.line - 1]).toContain('976,000.00');
  }
  it.each(FORMS)('三公 (%s) from the table when the text states none, with lines into the table', (form) => {
    threeFromTable(form);
  });
  function threeFromTable(form: Form) {
    const spec = budgetDoc();
    spec.text = spec.text.filter((t) => !/三公/.test(t));
    spec.tables = spec.tables.filter((t) => t.kind === 'threePublic');
    const text = render(spec, form);
    const doc = parseDocument(text, { path: `three-public.${form}` });
    const tp = doc.threePublic!;
    expect([tp.form, tp.total?.yuan, tp.abroad?.yuan, tp.vehicle?.yuan, tp.vehiclePurchase?.yuan, tp.vehicleOperation?.yuan, tp.reception?.yuan]).toEqual(['table', 123000, 20000, 83000, 0, 83000, 20000]);
    expect(text.split('\n')[tp.total!.line - 1]).toContain('12.30');
  }
  it('fillFromTables: a document without 三公 or budget figures takes them from its tables', () => {
    const doc = structuredClone(parsed('budget-wan.tika.txt'));
    doc.threePublic = null;
    doc.budget = null;
    doc.operatingExpenses = null;
    const filled = fillFromTables(doc);
    expect(filled).toEqual([
      'budget.revenue.total', 'budget.expenditure.total', 'budget.expenditure.basic', 'budget.expenditure.project',
      'threePublic.total', 'threePublic.abroad', 'threePublic.vehicle', 'threePublic.vehiclePurchase', 'threePublic.vehicleOperation', 'threePublic.reception',
    ]);
    expect(doc.budget!.expenditure).toMatchObject({ total: { yuan: 12506000, raw: '1,250.60' }, basic: { yuan: 9006000 }, project: { yuan: 3500000 } });
    expect(doc.threePublic).toMatchObject({ form: 'table', total: { yuan: 123000, raw: '12.30' }, vehicle: { yuan: 83000 } });
    const lines = readFileSync(join(DIR, 'budget-wan.tika.txt'), 'utf8').split('\n');
    expect(lines[doc.threePublic!.total!.line - 1]).toBe('\t12.30');
  });
});

describe('a mismatch fixture per rule', () => {
  for (const m of MISMATCHES) {
    it(`${m.name}: ${m.rule}, with the lines of both sides`, () => {
      const doc = parsed(`${m.name}.tika.txt`);
      const lines = readFileSync(join(DIR, `${m.name}.tika.txt`), 'utf8').split('\n');
      const tableWarnings = doc.warnings.filter((w) => /^TABLE_|^TEXT_TABLE/.test(w.code));
      expect([...new Set(tableWarnings.map((w) => w.code))]).toEqual([m.rule]);
      for (const w of tableWarnings) {
        expect(w.lines!.length).toBeGreaterThanOrEqual(2);
        expect(w.expected).not.toBe(w.actual);
        for (const l of w.lines!) expect(lines[l - 1]).toMatch(/\d/);
      }
    });
  }
  it('the details: which figures disagree', () => {
    const w = (name: string) => parsed(`${name}.tika.txt`).warnings.filter((x) => /^TABLE_|^TEXT_TABLE/.test(x.code));
    expect(w('mismatch-children').map((x) => [x.expected, x.actual])).toEqual([[9000000, 9100000], [3500000, 3600000]]);
    expect(w('mismatch-total').map((x) => [x.expected, x.actual])).toEqual([[12106000, 12006000], [9106000, 9006000]]);
    expect(w('mismatch-row').map((x) => [x.expected, x.actual])).toEqual([[1000000, 900000]]);
    expect(w('mismatch-sides').map((x) => [x.expected, x.actual])).toEqual([[12509000, 12506000]]);
    expect(w('mismatch-text').map((x) => [x.message.slice(0, 4), x.expected, x.actual])).toEqual([['基本支出', 8906000, 9006000], ['项目支出', 3600000, 3500000]]);
  });
});

describe('rows: names wrapped by PDF text, codes written in other ways', () => {
  it('a name wrapped around its row (first part above, rest below) is one row', () => {
    const text = [
      '表10 2025年政府性基金预算支出表', '单位：万元', '',
      '| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |',
      '| 212 | 城乡社区支出 | 80.50 |  | 80.50 |',
      '|  | 土地出让收入安排 |  |  |  |',
      '| 21208 |  | 80.50 |  | 80.50 |',
      '|  | 的支出 |  |  |  |',
      '| 2120803 | 城市建设支出 | 80.50 |  | 80.50 |',
      '|  | 合计 | 80.50 |  | 80.50 |', '',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.tables[0]!.rows.map((r) => [r.code, r.name, r.level, r.values.total?.yuan])).toEqual([
      ['212', '城乡社区支出', 1, 805000], ['21208', '土地出让收入安排的支出', 2, 805000], ['2120803', '城市建设支出', 3, 805000], [null, '合计', 0, 805000],
    ]);
    expect(doc.warnings.filter((w) => /TABLE/.test(w.code))).toEqual([]);
  });
  it('codes spaced in one cell (201 03 01 行政运行), flat 7-digit codes, 会议费 and 培训费 columns', () => {
    const text = [
      '表7 2025年一般公共预算支出表', '单位：元', '',
      '| 科目 | 合计 |',
      '| 201 03 01 行政运行 | 1200 |',
      '| 2010302 一般行政管理事务 | 300 |',
      '| 合计 | 1500 |', '',
      '表9 “三公”经费、会议费、培训费支出表', '单位：万元', '',
      '| “三公”经费合计 | 因公出国（境）费 | 公务用车购置及运行维护费 | 公务接待费 | 会议费 | 培训费 |',
      '| 3.00 | 0.00 | 2.00 | 1.00 | 4.10 | 5.20 |', '',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.tables[0]!.rows.map((r) => [r.code, r.name, r.level, r.values.total?.yuan])).toEqual([
      ['2010301', '行政运行', 3, 1200], ['2010302', '一般行政管理事务', 3, 300], [null, '合计', 0, 1500],
    ]);
    expect(doc.tables[1]!.columns.map((c) => c.key)).toEqual(['threePublicTotal', 'abroad', 'vehicle', 'reception', 'meetings', 'training']);
    expect(doc.warnings.filter((w) => /TABLE/.test(w.code))).toEqual([]);
    const bad = parseDocument(text.replace('| 合计 | 1500 |', '| 合计 | 1600 |'));
    expect(bad.warnings.filter((w) => /TABLE/.test(w.code)).map((w) => [w.code, w.expected, w.actual])).toEqual([['TABLE_SUM_TOTAL', 1600, 1500]]);
  });
});

describe('titles: the wordings of the provinces, 预算 and 决算', () => {
  const cases: [string, string][] = [
    ['公开01表 收支总表', 'summary'], ['表1 收支总体情况表', 'summary'], ['2026年预算单位财务收支预算总表', 'summary'], ['收入支出决算总表', 'summary'],
    ['预算01表 收支总表', 'summary'], ['511-退役军人事务局 2026年部门收支预算总表', 'summary'],
    ['表2 2026年部门收入总体情况表', 'revenue'], ['收入决算表', 'revenue'], ['2026年预算单位收入预算总表', 'revenue'],
    ['表三 部门支出总表', 'expenditure'], ['支出决算表', 'expenditure'], ['2026 年部门支出总体情况表', 'expenditure'],
    ['财政拨款收支总表', 'fiscalSummary'], ['财政拨款收入支出决算总表', 'fiscalSummary'], ['表4 财政拨款收支总体情况表', 'fiscalSummary'],
    ['一般公共预算支出表', 'generalExpenditure'], ['2026年预算单位一般公共预算支出功能分类预算表', 'generalExpenditure'], ['一般公共预算财政拨款支出决算表', 'generalExpenditure'],
    ['一般公共预算基本支出表', 'basicExpenditure'], ['2026年预算单位一般公共预算基本支出部门预算经济分类预算表', 'basicExpenditure'], ['一般公共预算财政拨款基本支出决算表', 'basicExpenditure'],
    ['预算09表 财政拨款“三公”经费支出表', 'threePublic'], ['2026年单位“三公”经费和机关运行经费预算表', 'threePublic'],
    ['政府性基金预算支出表', 'governmentFund'], ['政府性基金预算财政拨款收入支出决算表', 'governmentFund'],
    ['国有资本经营预算支出预算表', 'stateCapital'], ['项目支出表', 'projectExpenditure'], ['一般公共预算项目支出情况表（按经济分类科目）', 'projectExpenditure'],
    ['政府采购预算表', 'procurement'], ['预算表12 政府采购预算明细表', 'procurement'],
    ['一般公共预算机关运行经费支出预算表', 'other'], ['财政拨款政府购买服务明细表', 'other'],
  ];
  it.each(cases)('%s → %s', (title, kind) => {
    expect(isTitle(title)).toBe(true);
    expect(kindOfTitle(title)).toBe(kind);
  });
  it('sentences are no title; a 绩效 form, an assets table are no budget table', () => {
    for (const t of ['详见附表收支总表。', '2026年收支总表如下；', '本部门收支总表中的数字']) expect(isTitle(t)).toBe(false);
    for (const t of ['项目支出绩效目标表', '部门固定资产占用情况表']) {
      const doc = parseDocument(`${t}\n单位：万元\n\n| 项目 | 金额 |\n| 201 一般公共服务支出 | 3.00 |\n`);
      expect(doc.tables).toEqual([]);
    }
  });
});

describe('rows of PDF text: staggered figures, decimals cut off', () => {
  const head = ['表3 2026年部门支出总表', '单位：万元', '', '| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |'];
  it('figures set on lines of their own below their row join it', () => {
    const doc = parseDocument([...head,
      '| 208 | 社会保障和就业支出 | 120.17 |  |  |', '|  |  |  | 82.51 |  |', '|  |  |  |  | 37.66 |',
      '| 20805 | 行政事业单位养老支出 | 120.17 | 82.51 | 37.66 |', '|  | 合计 | 120.17 | 82.51 | 37.66 |', ''].join('\n'));
    expect(doc.tables[0]!.rows.map((r) => [r.code, r.name, r.values.total?.yuan, r.values.basic?.yuan, r.values.project?.yuan])).toEqual([
      ['208', '社会保障和就业支出', 1201700, 825100, 376600], ['20805', '行政事业单位养老支出', 1201700, 825100, 376600], [null, '合计', 1201700, 825100, 376600],
    ]);
    expect(doc.warnings.filter((w) => /TABLE/.test(w.code))).toEqual([]);
  });
  it('a table whose decimal parts stand in cells of their own keeps its rows without values', () => {
    const doc = parseDocument([...head,
      '| 208 | 社会保障和就业支出 | 120 |  |  |', '| .17 | | | 82 | |', '| .51 | | | | 37 |', '| .66 | | | | |', ''].join('\n'));
    expect(doc.tables[0]!.unit).toBeNull();
    expect(doc.tables[0]!.rows.every((r) => Object.keys(r.values).length === 0)).toBe(true);
    expect(doc.warnings.map((w) => w.code)).toContain('TABLE_CUT_DECIMALS');
  });
});

describe('header rows inside the data', () => {
  it('栏次 / ** rows of column numbers and a repeated header are not rows', () => {
    const doc = parseDocument(['表10 2026年项目支出预算表', '单位：万元', '', '| 项目名称 | 总计 | 一般公共预算 | 政府性基金 |',
      '| ** | 1 | 2 | 3 |', '| 栏次 | 1 | 2 | 3 |', '| 档案数字化 | 200.00 | 150.00 | 50.00 |', '| 项目名称 | 总计 | 一般公共预算 | 政府性基金 |', '| 信息系统维护 | 50.00 | 50.00 |  |', ''].join('\n'));
    expect(doc.tables[0]!.rows.map((r) => [r.name, r.values.total?.yuan])).toEqual([['档案数字化', 2000000], ['信息系统维护', 500000]]);
  });
});

describe('the next table of the same width is no continuation when it opens with its own title or header', () => {
  const first = ['部门支出总表', '单位：万元', '', '| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |', '| --- | --- | --- | --- | --- |', '| 213 | 农林水支出 | 100.00 | 60.00 | 40.00 |', '|  | 合计 | 100.00 | 60.00 | 40.00 |', ''];
  const check = (doc: BudgetDocument) => {
    const e = doc.tables.find((t) => t.kind === 'expenditure')!;
    expect(e.rows.map((r) => r.name)).toEqual(['农林水支出', '合计']);
    expect(doc.warnings.map((w) => w.code)).not.toContain('TABLE_SUM_TOTAL');
    expect(doc.tables.length).toBe(2);
  };
  it('its title in its first row', () => {
    const doc = parseDocument([...first, '| 一般公共预算支出表 |  |  |  |  |', '| --- | --- | --- | --- | --- |', '| 科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费 |', '| 213 | 农林水支出 | 60.00 | 50.00 | 10.00 |', '|  | 合计 | 60.00 | 50.00 | 10.00 |', ''].join('\n'));
    check(doc);
    expect(doc.tables[1]!.kind).toBe('generalExpenditure');
  });
  it('a header naming columns the table above has not (人员经费, 公用经费), after a short heading', () => {
    const doc = parseDocument([...first, '（二）基本支出情况', '', '| 经济分类科目编码 | 经济分类科目名称 | 合计 | 人员经费 | 公用经费 |', '| --- | --- | --- | --- | --- |', '| 301 | 工资福利支出 | 50.00 | 50.00 |  |', '| 302 | 商品和服务支出 | 10.00 |  | 10.00 |', '|  | 合计 | 60.00 | 50.00 | 10.00 |', ''].join('\n'));
    check(doc);
  });
  it('a page that repeats the header goes on as before', () => {
    const doc = parseDocument([...first.slice(0, -2), '| 214 | 交通运输支出 | 10.00 | 10.00 |  |', '', '- 2 -', '', '| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |', '| --- | --- | --- | --- | --- |', '|  | 合计 | 110.00 | 70.00 | 40.00 |', ''].join('\n'));
    expect(doc.tables.map((t) => [t.kind, t.rows.map((r) => r.name)])).toEqual([['expenditure', ['农林水支出', '交通运输支出', '合计']]]);
  });
});

describe('a continuation whose columns do not match', () => {
  it('is kept apart, the table is marked incomplete and its 合计 is not checked against the rows it lacks', () => {
    const doc = parseDocument(['表3 2026年部门支出总表', '单位：万元', '', '| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |',
      '| 201 | 一般公共服务支出 | 10.00 | 6.00 | 4.00 |', '| 208 | 社会保障和就业支出 | 5.00 | 5.00 |  |', '|  | 合计 | 18.00 | 14.00 | 4.00 |', '',
      '- 3 -', '', '| 221 | 住房保障支出 | 3.00 | 3.00 |', '| 22102 | 住房改革支出 | 3.00 | 3.00 |', ''].join('\n'));
    expect(doc.tables.map((t) => [t.kind, t.complete, t.rows.length])).toEqual([['expenditure', false, 3], ['other', true, 2]]);
    expect(doc.warnings.map((w) => w.code)).toContain('TABLE_CONTINUATION_APART');
    expect(doc.warnings.map((w) => w.code)).not.toContain('TABLE_SUM_TOTAL');
  });
});

describe('a 功能 × 经济 table (北京): the other classifications are labels of the row', () => {
  it('code-name cells in three columns', () => {
    const doc = parseDocument(['预算03表 支出总表', '金额单位：万元', '', '| 支出功能分类科目 | 政府支出经济分类科目 | 部门支出经济分类科目 | 合计 | 基本支出 | 项目支出 |',
      '| 2010501-行政运行 | 50101-工资奖金津补贴 | 30101-基本工资 | 3,702.206400 | 3,702.206400 |  |',
      '| 2010501-行政运行 | 50201-办公经费 | 30201-办公费 | 172.564019 | 172.564019 |  |', ''].join('\n'));
    const t = doc.tables[0]!;
    expect(t.rows.map((r) => [r.code, r.name, r.labels.map((l) => `${l.header}:${l.code}:${l.name}`), r.values.total?.yuan])).toEqual([
      ['2010501', '行政运行', ['政府支出经济分类科目:50101:工资奖金津补贴', '部门支出经济分类科目:30101:基本工资'], 37022064],
      ['2010501', '行政运行', ['政府支出经济分类科目:50201:办公经费', '部门支出经济分类科目:30201:办公费'], 1725640.19],
    ]);
    // Codes repeat: a cross table, no parent/child rule over it.
    expect(doc.warnings.filter((w) => /TABLE_/.test(w.code))).toEqual([]);
  });
});

describe('row rules only over understood headers', () => {
  it('a money column whose header is not understood may be a part: total = funding is not checked', () => {
    const mk = (h: string) => parseDocument(['表2 2026年部门收入总表', '单位：万元', '', `| 项目 | 合计 | 一般公共预算 | 政府性基金 | ${h} |`, '| 某局 | 10.00 | 6.00 | 3.00 | 1.00 |', ''].join('\n'));
    expect(mk('其他收入').warnings.filter((w) => /TABLE_/.test(w.code))).toEqual([]);
    expect(mk('???').tables[0]!.columns.map((c) => c.key)).toEqual(['text', 'total', 'generalBudget', 'governmentFund', 'c5']);
    expect(mk('???').warnings.filter((w) => /TABLE_/.test(w.code))).toEqual([]);
    const wrong = parseDocument(['表2 2026年部门收入总表', '单位：万元', '', '| 项目 | 合计 | 一般公共预算 | 政府性基金 |', '| 某局 | 10.00 | 6.00 | 3.00 |', ''].join('\n'));
    expect(wrong.warnings.filter((w) => /TABLE_/.test(w.code)).map((w) => [w.code, w.expected, w.actual])).toEqual([['TABLE_ROW_SUM', 100000, 90000]]);
  });
});

describe('TEXT_TABLE_MISMATCH for 三公 and 机关运行经费', () => {
  it('the text and the 三公 / 机关运行经费 table disagree: one warning each, with both lines', () => {
    const text = ['某区档案馆2025年部门预算公开说明', '一、机关运行经费', '2025年机关运行经费预算60.00万元。', '二、“三公”经费预算情况',
      '2025年“三公”经费预算13.30万元，其中：因公出国（境）费3.00万元，公务用车购置及运行费8.30万元，公务接待费2.00万元。', '三、部门预算公开表', '',
      '表7 2025年“三公”经费和机关运行经费预算表', '单位：万元', '',
      '| 合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务接待费 | 机关运行经费 |', '| 12.30 | 2.00 | 8.30 | 2.00 | 50.00 |', ''].join('\n');
    const doc = parseDocument(text);
    const w = doc.warnings.filter((x) => x.code === 'TEXT_TABLE_MISMATCH');
    expect(w.map((x) => [x.message.split(':')[0], x.lines, x.expected, x.actual])).toEqual([
      ['“三公”经费 total', [5, 12], 133000, 123000], ['“三公”经费 abroad', [5, 12], 30000, 20000], ['机关运行经费', [3, 12], 600000, 500000],
    ]);
  });
});

// The title shapes of the paragraphs above tables are memoized by their text (a 绩效 document repeats
// one title above dozens of tables): the same wording gives the same candidate every time, also past
// the memo's bound, and a bare number keeps looking above for the name.
describe('recognize: title shapes by text', async () => {
  const { recognize } = await import('../src/tables/recognize.js');
  type B = import('../src/blocks/index.js').Block;
  const cell = (text: string, line: number) => ({ text, startLine: line, endLine: line });
  const table = (line: number): B => ({
    kind: 'table',
    rows: [
      { cells: [cell('科目编码', line), cell('科目名称', line), cell('合计', line)], startLine: line, endLine: line },
      { cells: [cell('201', line + 1), cell('一般公共服务支出', line + 1), cell('12.50', line + 1)], startLine: line + 1, endLine: line + 1 },
    ],
    startLine: line,
    endLine: line + 1,
  });
  const para = (text: string, line: number): B => ({ kind: 'paragraph', text, line });
  const shapeOf = (above: string[]) => {
    const blocks: B[] = [...above.map((t, i) => para(t, i + 1)), table(above.length + 1)];
    const c = recognize(blocks, blocks.length - 1);
    return c && { kind: c.kind, title: c.title, titleLine: c.titleLine, unit: c.unit };
  };
  it('the same wording, again and again, past the bound of the memo', () => {
    const first = shapeOf(['一般公共预算支出表', '单位：万元']);
    expect(first).toEqual({ kind: expect.any(String), title: '一般公共预算支出表', titleLine: 1, unit: '万元' });
    for (let i = 0; i < 5000; i++) shapeOf([`其他说明第${i}表格`, '单位：万元']);
    expect(shapeOf(['一般公共预算支出表', '单位：万元'])).toEqual(first);
    expect(shapeOf(['一般公共预算支出表', '单位：万元'])).toEqual(first);
  });
  it('a bare number above, then the name above it', () => {
    const both = shapeOf(['一般公共预算支出表', '公开03表', '单位：万元']);
    expect(both?.title).toBe('一般公共预算支出表 公开03表');
    expect(shapeOf(['一般公共预算支出表', '公开03表', '单位：万元'])).toEqual(both);
    expect(shapeOf(['公开03表', '单位：万元'])?.title).toBe('公开03表');
  });
});
