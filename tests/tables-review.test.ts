import { describe, expect, it } from 'vitest';
import { parseDocument, type BudgetDocument } from '../src/index.js';
import { budgetLines } from '../src/emit/tables.js';

/** Review findings on the tables stage: synthetic documents, each one trap. */
const parse = (text: string): BudgetDocument => parseDocument(new TextEncoder().encode(text), { path: 'review.txt' });
const codes = (d: BudgetDocument) => d.warnings.map((w) => w.code);

const finalHead = (year: number) => `青石县苗圃中心${year}年度部门决算公开
第一部分 部门概况
青石县苗圃中心负责本县苗木培育工作。
第二部分 ${year}年度部门决算表
`;

describe('a key repeated under groups (预算数 | 决算数) is named after its group at every occurrence', () => {
  const tp = `${finalHead(2023)}
一般公共预算财政拨款“三公”经费支出决算表
单位：万元

| 预算数 |  |  |  |  |  | 决算数 |  |  |  |  |  |
| 合计 | 因公出国（境）费 | 公务用车购置及运行费 |  |  | 公务接待费 | 合计 | 因公出国（境）费 | 公务用车购置及运行费 |  |  | 公务接待费 |
|  |  | 小计 | 公务用车购置费 | 公务用车运行费 |  |  |  | 小计 | 公务用车购置费 | 公务用车运行费 |  |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| 50.00 | 5.00 | 30.00 | 10.00 | 20.00 | 15.00 | 41.10 | 3.20 | 28.40 | 10.00 | 18.40 | 9.50 |
`;
  it('三公 in a final account: the 决算数 group, never the 预算数 group', () => {
    const d = parse(tp);
    const t = d.tables.find((x) => x.kind === 'threePublic')!;
    const keys = t.columns.map((c) => c.key);
    expect(keys).toContain('budgeted.abroad');
    expect(keys).toContain('actual.abroad');
    expect(keys).not.toContain('abroad');
    expect(d.threePublic?.abroad?.raw).toBe('3.20');
    expect(d.threePublic?.vehicle?.raw).toBe('28.40');
    expect(d.threePublic?.reception?.raw).toBe('9.50');
    expect(d.threePublic?.total?.raw).toBe('41.10');
    expect(codes(d)).not.toContain('SUM_THREE_PUBLIC');
  });
  it('the row sums are checked within each group', () => {
    const bad = parse(tp.replace('| 41.10 | 3.20 |', '| 41.10 | 4.20 |'));
    expect(bad.warnings.some((w) => w.code === 'TABLE_ROW_SUM' && /actual\.abroad/.test(w.message))).toBe(true);
  });
  const exp = `${finalHead(2023)}
部门支出决算表
单位：万元

| 科目编码 | 科目名称 | 年初预算数 |  |  | 决算数 |  |  |
| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 | 合计 | 基本支出 | 项目支出 |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 213 | 农林水支出 | 80.00 | 50.00 | 30.00 | 75.00 | 48.00 | 27.00 |
|  | 合计 | 80.00 | 50.00 | 30.00 | 75.00 | 48.00 | 27.00 |
`;
  it('基本支出 / 项目支出 in a final account: the 决算数 group', () => {
    const d = parse(exp);
    const t = d.tables.find((x) => x.kind === 'expenditure')!;
    expect(t.columns.map((c) => c.key)).toEqual(['code', 'text', 'budgeted', 'budgeted.basic', 'budgeted.project', 'actual', 'actual.basic', 'actual.project']);
    expect(d.budget?.expenditure?.total?.raw).toBe('75.00');
    expect(d.budget?.expenditure?.basic?.raw).toBe('48.00');
    expect(d.budget?.expenditure?.project?.raw).toBe('27.00');
  });
});

const budgetHead = (year: number | null) => `青石县苗圃中心${year ?? ''}${year ? '年' : ''}部门预算公开
第一部分 部门概况
青石县苗圃中心负责本县苗木培育工作。
`;

describe('三公 table with a row per year: only the row of this year is taken', () => {
  const table = `
“三公”经费支出预算表
单位：万元

| 项目 | 合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务接待费 |
| --- | --- | --- | --- | --- |
| 2025年预算数 | 44.00 | 4.00 | 25.00 | 15.00 |
| 2026年预算数 | 39.00 | 3.00 | 24.00 | 12.00 |
`;
  it('the row of the document year, not the first row with values', () => {
    const d = parse(budgetHead(2026) + table);
    expect(d.year).toBe(2026);
    expect(d.threePublic?.total?.raw).toBe('39.00');
    expect(d.threePublic?.reception?.raw).toBe('12.00');
  });
  it('no document year: no row is taken (the figures stay in the table)', () => {
    const d = parse(budgetHead(null) + table);
    expect(d.year).toBeNull();
    expect(d.threePublic?.total ?? null).toBeNull();
    expect(d.threePublic?.reception ?? null).toBeNull();
    expect(d.tables.find((t) => t.kind === 'threePublic')!.rows).toHaveLength(2);
  });
  it('a row named 本年 is this year’s; the only row with values is taken as before', () => {
    const d = parse(budgetHead(2026) + table.replace('2025年预算数', '上年预算数').replace('2026年预算数', '本年预算数'));
    expect(d.threePublic?.total?.raw).toBe('39.00');
    const one = parse(budgetHead(2026) + table.replace(/\| 2025年预算数[^\n]*\n/, ''));
    expect(one.threePublic?.total?.raw).toBe('39.00');
  });
});

describe('a 合计 column beside 会议费 / 培训费 is no 三公 total unless it adds up to the 三公 parts', () => {
  const table = (total: string) => `${budgetHead(2026)}
“三公”经费、会议费、培训费支出预算表
单位：万元

| 合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务接待费 | 会议费 | 培训费 |
| --- | --- | --- | --- | --- | --- |
| ${total} | 1.00 | 9.40 | 3.00 | 2.50 | 1.50 |
`;
  it('合计 including 会议费 and 培训费: no total filled, no false sum warning', () => {
    const d = parse(table('17.40'));
    expect(d.threePublic?.total ?? null).toBeNull();
    expect(d.threePublic?.vehicle?.raw).toBe('9.40');
    expect(codes(d)).not.toContain('SUM_THREE_PUBLIC');
    expect(codes(d)).not.toContain('TABLE_ROW_SUM');
  });
  it('合计 that is the sum of the 三公 parts: taken', () => {
    const d = parse(table('13.40'));
    expect(d.threePublic?.total?.raw).toBe('13.40');
  });
});

describe('a titled table that is none of the standard ones takes no unit from the document', () => {
  const text = `${budgetHead(2026)}
部门支出总表
单位：万元

| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
| --- | --- | --- | --- | --- |
| 213 | 农林水支出 | 70.00 | 45.00 | 25.00 |
|  | 合计 | 70.00 | 45.00 | 25.00 |

单位人员结构情况表

| 类别 | 编制数 | 在职人数 |
| --- | --- | --- |
| 行政编制 | 48 | 45 |
| 事业编制 | 96 | 90 |
`;
  it('a headcount table: no money values, a TABLE_NO_UNIT warning, nothing in budget_lines', () => {
    const d = parse(text);
    const t = d.tables.find((x) => x.title === '单位人员结构情况表')!;
    expect(t.unit).toBeNull();
    expect(t.rows.every((r) => Object.keys(r.values).length === 0)).toBe(true);
    expect(t.columns.find((c) => c.header === '编制数')?.money).toBe(false);
    expect(d.warnings.some((w) => w.code === 'TABLE_NO_UNIT' && /单位人员结构情况表/.test(w.message))).toBe(true);
    expect(budgetLines(d, 'x').some((l) => /编制/.test(JSON.stringify(l)))).toBe(false);
    // The standard table keeps the unit it states.
    expect(d.tables.find((x) => x.kind === 'expenditure')!.rows[0]!.values.total?.raw).toBe('70.00');
  });
  it('with its own unit it is read', () => {
    const d = parse(text.replace('单位人员结构情况表\n', '单位人员结构情况表\n单位：万元\n'));
    const t = d.tables.find((x) => x.title === '单位人员结构情况表')!;
    expect(t.unit).toBe('万元');
  });
});

describe('no document year: the years in a header decide which column is this year’s', () => {
  const text = (a: number, b: number) => `${budgetHead(null)}第二部分 部门预算表

部门支出总表
单位：万元

| 科目编码 | 科目名称 | ${a}年预算数 | ${b}年预算数 | 基本支出 | 项目支出 |
| --- | --- | --- | --- | --- | --- |
| 213 | 农林水支出 | 66.00 | 72.00 | 50.00 | 22.00 |
|  | 合计 | 66.00 | 72.00 | 50.00 | 22.00 |
`;
  it('two years in a row: the later is this year (total), the earlier previous', () => {
    const d = parse(text(2025, 2026));
    expect(d.year).toBeNull();
    const t = d.tables.find((x) => x.kind === 'expenditure')!;
    expect(t.columns.map((c) => c.key)).toEqual(['code', 'text', 'previous', 'total', 'basic', 'project']);
    expect(d.budget?.expenditure?.total?.raw).toBe('72.00');
    expect(codes(d)).not.toContain('TABLE_ROW_SUM');
  });
  it('years that are not consecutive: neither column is named total', () => {
    const d = parse(text(2023, 2026));
    const t = d.tables.find((x) => x.kind === 'expenditure')!;
    expect(t.columns.map((c) => c.key)).toEqual(['code', 'text', 'c3', 'c4', 'basic', 'project']);
    expect(d.budget?.expenditure?.total ?? null).toBeNull();
  });
});

describe('leading digits of a name are a code only when they are a plausible classification code', () => {
  const proj = `${budgetHead(2026)}
项目支出预算表
单位：万元

| 项目名称 | 合计 | 一般公共预算 | 政府性基金 |
| --- | --- | --- | --- |
| 96180便民热线运维 | 18.00 | 18.00 |  |
| 119消防站设备购置 | 12.00 | 12.00 |  |
| 20231年度林木普查 | 5.00 | 5.00 |  |
| 合计 | 35.00 | 35.00 |  |
`;
  it('project names keep their digits; no false TABLE_SUM_TOTAL', () => {
    const d = parse(proj);
    const t = d.tables.find((x) => x.kind === 'projectExpenditure')!;
    expect(t.rows.map((r) => [r.code, r.name])).toEqual([
      [null, '96180便民热线运维'],
      [null, '119消防站设备购置'],
      [null, '20231年度林木普查'],
      [null, '合计'],
    ]);
    expect(codes(d)).not.toContain('TABLE_SUM_TOTAL');
  });
  it('codes are still split where the table is headed with codes, or the code stands apart', () => {
    const coded = parse(`${budgetHead(2026)}
一般公共预算支出表
单位：万元

| 科目名称 | 合计 |
| --- | --- |
| 2130101行政运行 | 8.00 |
| 2130102 一般行政管理事务 | 4.00 |
`);
    expect(coded.tables[0]!.rows.map((r) => r.code)).toEqual(['2130101', '2130102']);
    const spaced = parse(proj.replace('| 96180便民热线运维 |', '| 2130599 其他林业支出 |'));
    expect(spaced.tables[0]!.rows[0]!.code).toBe('2130599');
  });
});

describe('a 合计 row whose label is merged over the code and name columns (one cell short)', () => {
  const tika = (cells: string[][]) => cells.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');
  const doc = (total: string[]) =>
    ['示范镇2025年部门预算公开', '部门支出总表', '单位：万元', '', tika([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['213', '农林水支出', '100.00', '60.00', '40.00'], ['21302', '林业和草原', '100.00', '60.00', '40.00'], total]), '', ''].join('\n');
  it('is aligned to the right: 合计 in the name column, each figure under its own header', () => {
    const d = parseDocument(doc(['合计', '100.00', '60.00', '40.00']));
    const t = d.tables.find((x) => x.kind === 'expenditure')!;
    const row = t.rows.find((r) => r.level === 0)!;
    expect([row.name, row.values.total?.raw, row.values.basic?.raw, row.values.project?.raw]).toEqual(['合计', '100.00', '60.00', '40.00']);
    expect(d.warnings.map((w) => w.code)).not.toContain('TABLE_ROW_SUM');
  });
  it('a short row of figures only, or a label among words, is left as it is', () => {
    const d = parseDocument(doc(['备注', '见说明', '60.00', '40.00']));
    const t = d.tables.find((x) => x.kind === 'expenditure')!;
    expect(t.rows.some((r) => r.name === '备注' || r.name === '见说明')).toBe(true);
    expect(t.rows.every((r) => r.name !== '合计')).toBe(true);
  });
});

describe('a 合计 cell merged over 项目编号 | 项目 (one cell short): its figures stay in their columns', () => {
  const tika = (rows: readonly (readonly string[])[]) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');
  const doc = `示范气象站2026年部门预算
第二部分 部门预算表
2026年政府采购预算明细表
单位：万元
${tika([
  ['项目编号', '项目', '总计', '一般公共预算拨款收入', '事业收入', '其他收入'],
  ['合计', '130.00', '', '30.00', '100.00'],
  ['A', '货物', '30.00', '', '30.00', ''],
  ['C', '服务', '100.00', '', '', '100.00'],
])}


`;
  it('the row is aligned to the right: 总计 130, 事业收入 30, 其他收入 100, named 合计; the rows are named by 项目, not by their 编号', () => {
    const d = parse(doc);
    const t = d.tables.find((x) => x.title.includes('政府采购预算明细表'))!;
    const total = t.rows[0]!;
    expect([total.name, total.level]).toEqual(['合计', 0]);
    expect(Object.fromEntries(Object.entries(total.values).map(([k, v]) => [k, v.raw]))).toEqual({ total: '130.00', businessIncome: '30.00', otherIncome: '100.00' });
    expect(t.rows.slice(1).map((r) => r.name)).toEqual(['货物', '服务']);
    expect(t.rows[1]!.labels.map((l) => l.name)).toEqual(['A']);
    expect(codes(d)).not.toContain('TABLE_ROW_SUM');
  });
});

describe('review of the round: keys and totals a table does not name are not given', () => {
  const head = '某某局2025年部门预算\n\n表3 部门支出总表\n\n单位：万元\n\n';
  it('财政专项资金 is no 财政专户 (fiscalSpecial)', () => {
    const d = parse(`${head}| 科目编码 | 科目名称 | 合计 | 基本支出 | 财政专项资金 |\n|---|---|---|---|---|\n| 201 | 一般公共服务支出 | 100.00 | 60.00 | 40.00 |\n`);
    const t = d.tables[0]!;
    expect(t.columns.map((c) => c.key)).not.toContain('fiscalSpecial');
  });
  it('比上年增（减） and 比上年增长 are the change, not last year\'s figure', () => {
    for (const h of ['比上年增（减）', '比上年增长']) {
      const d = parse(`${head}| 科目名称 | 本年预算 | ${h} |\n|---|---|---|\n| 一般公共服务支出 | 100.00 | -5.00 |\n`);
      expect(d.tables[0]!.columns.map((c) => c.key)).toEqual(['text', 'total', 'change']);
    }
  });
  it('a 合计 row beside a row that is no 三公 part (行政经费) is not the 三公 total unless the parts add up to it', () => {
    const rows = (total: string) => `青禾县档案局2026年部门预算\n三、“三公”经费预算情况\n\n表5 2026年“三公”经费预算表\n单位：万元\n\n| 项目 | 本年预算数 |\n| --- | --- |\n| 因公出国（境）费 | 1.00 |\n| 公务用车购置及运行费 | 3.00 |\n| 公务接待费 | 2.00 |\n| 行政经费 | 10.00 |\n| 合计 | ${total} |\n\n四、其他\n无。\n`;
    expect(parse(rows('16.00')).threePublic?.total ?? null).toBeNull();
    expect(parse(rows('6.00')).threePublic?.total?.raw).toBe('6.00');
  });
  it('a column of percentages is kept with its rows (as labels), never dropped', () => {
    const d = parse(`某某局2025年部门预算\n\n表7 一般公共预算“三公”经费支出表\n\n单位：万元\n\n| 项目 | 2025年预算数 | 2024年预算数 | 比上年增减 |\n|---|---|---|---|\n| 合计 | 20.00 | 25.00 | -20.00% |\n| 公务接待费 | 5.00 | 5.00 | 0.00% |\n`);
    const t = d.tables.find((x) => x.kind === 'threePublic')!;
    expect(t.rows[0]!.labels.map((l) => l.name)).toContain('-20.00%');
  });
});
