import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { parseTarget } from '../src/normalize/target.js';
import { ROOT } from './helpers.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'document.schema.json'), 'utf8')));

// Bounded: each property stops after its runs or its time budget, whichever comes first.
const budget = (numRuns: number) => ({ numRuns, interruptAfterTimeLimit: 8000, seed: Number(process.env.FC_SEED ?? 20261122) });

// Pieces of real disclosures, so that generated documents reach every extractor.
const LINES = [
  '示例街道办事处2024年部门预算公开说明', '一、部门职责及机构设置情况', '部门职责：', '（一）负责辖区公共服务。', '机构设置：',
  '\t单位名称', '\t单位性质', '\t示例街道办事处', '\t行政', '二、部门预算安排的总体情况',
  '2024年预算收入1,286.45万元，其中：一般公共预算收入1,280.00万元，上年结转6.45万元。',
  '2024年支出预算100万元，其中基本支出60万元，包括人员经费50万元和公用经费10万元；项目支出40万元。',
  '较2023年预算减少16.4万元，其中：基本支出减少10万元；项目支出增加，6.4万元。', '三、机关运行经费安排情况',
  '机关运行经费共计安排787. 50元，主要用于办公费12290元、邮电费8760元。', '四、财政拨款“三公”经费预算情况',
  '“三公”经费预算安排XX万元。其中，因公出国（境）费0万元；公务接待费0.44万元。', '\t项目', '\t本年预算数', '\t增减',
  '\t“三公”经费合计', '\t12.50', '\t-0.50', '单位：万元', '五、绩效预算信息', '第二部分 预算项目绩效目标', '1、示例项目绩效目标表',
  '\t项目编码', '\t————', '\t项目名称', '\t预算规模及资金用途', '\t预算数', '\t其中：财政资金', '\t其他资金', '\t资金支出计划（%）',
  '\t3月底', '\t12月底', '\t25%', '\t绩效目标', '\t目标1', '\t一级指标', '\t二级指标', '\t三级指标', '\t绩效指标描述', '\t指标值',
  '\t指标值确定依据', '\t符号', '\t值', '\t产出指标', '\t数量指标', '\t≥95百分比', '\t2023年12月底前', '\t两天', '\t＝', '\t90-100%',
  '六、政府采购预算情况', '无此项内容，空表列示。', '七、国有资产信息', '\t截止时间：2021年12月31日', '\t资产总额', '\t1、房屋（平方米）',
  '八、名词解释', '1、基本支出：指保障机构正常运转的支出。', '编码', '保障', '\t', '', '', '', '[bookmark: _GoBack]', ' TC 1、x \\f C \\l 1',
];
const CJK = [...'示例预算收入支出万元项目绩效指标目标街道办事处一二三四五六七八九十百千零两（）：，。、；'];
const text = fc.string({ unit: fc.constantFrom(...CJK, '1', '2', '.', '%', '\t', '\n', ' '), maxLength: 40 });
const documentText = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LINES) }, { weight: 1, arbitrary: text }), { maxLength: 120 }).map((ls) => ls.join('\n'));

function comparable(input: Uint8Array) {
  const d = parseDocument(input);
  return { ...d, source: { ...d.source, path: '', sha256: null, bytes: null, encoding: null } };
}

describe('properties (fast-check)', () => {
  it('for any bytes the parser returns a document that validates against the schema', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const doc = JSON.parse(JSON.stringify(parseDocument(bytes)));
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      }),
      budget(400),
    );
  });

  it('for any document-like text the parser returns a valid document', () => {
    fc.assert(
      fc.property(documentText, (t) => {
        const doc = JSON.parse(JSON.stringify(parseDocument(t)));
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      }),
      budget(300),
    );
  });

  it('re-encoding a document (UTF-8, BOM, UTF-16 LE/BE, GB18030, CRLF) gives the same extraction', () => {
    fc.assert(
      fc.property(documentText, (t) => {
        const base = comparable(Buffer.from(t, 'utf8'));
        const variants = [
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
          Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, 'utf16le')]),
          Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(t, 'utf16be')]),
          iconv.encode(t, 'gb18030'),
          Buffer.from(t.replace(/\n/g, '\r\n'), 'utf8'),
        ];
        for (const v of variants) expect(comparable(v)).toEqual(base);
      }),
      budget(150),
    );
  });

  it('any indicator text parses without throwing, and its raw is the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 30 }), text), (s) => {
        const t = parseTarget(s, 2024);
        expect(t.raw).toBe(s);
        if (t.kind === 'quantitative') expect(Number.isFinite(t.value)).toBe(true);
      }),
      budget(2000),
    );
  });

  it('generated targets (operator, number, unit) are read back', () => {
    const ops: [string, string][] = [['≥', '≥'], ['≤', '≤'], ['＝', '='], ['=', '='], ['>=', '≥'], ['不低于', '≥'], ['不超过', '≤'], ['', '=']];
    const units = ['%', '％', '个', '人次', '万元', '元/人/月', '次/月', '天'];
    fc.assert(
      fc.property(fc.constantFrom(...ops), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(...units), ([written, op], int, frac, unit) => {
        const num = frac ? `${int}.${String(frac).padStart(2, '0')}` : String(int);
        const raw = `${written}${num}${unit}`;
        const t = parseTarget(raw);
        // A length of time (天) is a duration (issue 13), read the same way.
        expect([t.raw, t.kind, t.operator, t.value, t.unit, t.operatorImplied]).toEqual([raw, unit === '天' ? 'duration' : 'quantitative', op, Number(num), unit === '％' ? '%' : unit, written === '']);
      }),
      budget(1000),
    );
  });
});
