import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { parseFile } from '../src/formats/index.js';
import { ROOT } from './helpers.js';

// A 部门整体预算绩效目标申报表 (广东's one-page declaration form, d10) is a 绩效 text: its title names
// 绩效目标申报表, not 绩效目标表, and was no 绩效 heading, so the form's indicator grid was read by
// nobody and the kind was unknown. Invented department and figures.
const lines = (...ls: string[]) => ls.join('\n');
const row = (...cells: string[]) => [...cells.map((c) => `\t${c}`), ''];

describe('绩效: a 部门整体预算绩效目标申报表', () => {
  it('is a 绩效 text, and its indicator grid is read', () => {
    const d = parseDocument(
      lines(
        '示范环境局2026年部门整体预算绩效目标申报表',
        ...row('部门名称', '示范环境局'),
        ...row('', '一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值'),
        ...row('绩效指标', '产出指标', '数量指标', '水质监测断面数量', '30个', '30个'),
        ...row('', '', '质量指标', '监测报告准确率', '≥95%', '≥95%'),
        ...row('', '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '≥90%'),
      ),
    );
    expect(d.kind).toBe('performance');
    expect(d.warnings.map((w) => w.code)).not.toContain('NOT_A_DISCLOSURE');
    const inds = d.performance!.departmentIndicators;
    expect(inds.map((i) => [i.level1, i.level2, i.name, i.target?.raw])).toEqual([
      ['产出指标', '数量指标', '水质监测断面数量', '30个'],
      ['产出指标', '质量指标', '监测报告准确率', '≥95%'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ]);
  });
});

const DEV = join(ROOT, '..', 'shared', 'dev');
const hasDev = existsSync(join(DEV, 'd10.pdf'));
if (!hasDev) console.warn(`\n[budget-parse tests] ../shared/dev not found at ${DEV}: the d10 绩效 declaration test is SKIPPED.\n`);

describe.skipIf(!hasDev)('d10 (广州, Microsoft Print to PDF): 部门整体预算绩效目标申报表', () => {
  it('is a 绩效 text with its indicator grid read from the PDF', async () => {
    const d = await parseFile(new Uint8Array(readFileSync(join(DEV, 'd10.pdf'))), { path: 'd10.pdf' });
    expect(d.kind).toBe('performance');
    const inds = d.performance!.departmentIndicators;
    expect(inds.length).toBeGreaterThanOrEqual(20);
    // every indicator under its 一级 / 二级 heading has a target as the form prints it
    for (const i of inds.filter((x) => x.level1)) expect(i.target?.raw).toBeTruthy();
    expect(new Set(inds.map((i) => i.level1).filter(Boolean))).toEqual(new Set(['产出指标', '效益指标', '满意度指标', '成本指标']));
  });
  it('is a 绩效 text in every text of it, also pdftotext without -layout (one cell per line: its “三公”经费控制率 is no 三公 heading)', async () => {
    for (const f of ['d10.plain.txt', 'd10.layout.txt']) {
      const d = await parseFile(new Uint8Array(readFileSync(join(DEV, f))), { path: f });
      expect([f, d.kind, d.sections.map((s) => s.kind)]).toEqual([f, 'performance', ['performance']]);
    }
  });
});
