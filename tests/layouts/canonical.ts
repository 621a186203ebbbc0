import { createRequire } from "node:module";
/**
 * ONE canonical synthetic disclosure (invented department and figures), written once as data,
 * and a renderer for every layout the layout stage reads. The layout test parses every rendering
 * and compares the extraction with the Tika rendering.
 */
export type Item = { kind: 'h' | 'p'; text: string } | { kind: 'table'; rows: string[][] };

export const CANONICAL: Item[] = [
  { kind: 'p', text: '示例市林业和草原局2024年部门预算公开说明' },
  { kind: 'h', text: '一、部门职责及机构设置情况' },
  { kind: 'p', text: '（一）负责全市林业和草原资源的保护、修复和监督管理工作，组织开展森林防火宣传和巡查。' },
  { kind: 'p', text: '（二）负责全市国土绿化和湿地保护工作，指导各区县开展植树造林和古树名木保护。' },
  { kind: 'h', text: '二、部门预算安排的总体情况' },
  {
    kind: 'p',
    text: '2024年预算收入2,316.40万元，其中：一般公共预算收入2,200.00万元，上年结转116.40万元。2024年支出预算2,316.40万元，其中基本支出1,516.40万元，包括人员经费1,300.00万元和公用经费216.40万元；项目支出800.00万元。',
  },
  { kind: 'p', text: '2024年预算收支安排2,316.40万元，较2023年预算增加126.35万元，其中：基本支出增加46.35万元；项目支出增加80.00万元。' },
  { kind: 'h', text: '三、机关运行经费安排情况' },
  { kind: 'p', text: '2024年，我局机关运行经费共计安排96.50万元，主要用于办公费40.00万元、水电费32.50万元、差旅费24.00万元等日常运行支出，比2023年减少3.50万元。' },
  { kind: 'h', text: '四、财政拨款“三公”经费预算情况及增减变化原因' },
  {
    kind: 'p',
    text: '2024年，我局财政拨款“三公”经费预算安排18.60万元。其中，因公出国（境）费0万元；公务用车购置及运行维护费12.00万元（其中：公务用车购置费为0万元，公务用车运行维护费12.00万元），公务接待费6.60万元。与2023年相比减少1.40万元，其中，公务接待费减少1.40万元，主要原因是厉行节约。',
  },
  {
    kind: 'table',
    rows: [
      ['项目（单位：万元）', '本年预算数', '上年预算数', '增减'],
      ['“三公”经费合计', '18.60', '20.00', '-1.40'],
      ['因公出国（境）费', '0', '0', '0'],
      ['公务用车购置及运行维护费', '12.00', '12.00', '0'],
      ['其中：公务用车购置费', '0', '0', '0'],
      ['公务用车运行维护费', '12.00', '12.00', '0'],
      ['公务接待费', '6.60', '8.00', '-1.40'],
    ],
  },
  { kind: 'h', text: '五、政府采购预算情况' },
  { kind: 'p', text: '2024年，我局安排政府采购预算35.00万元，主要用于办公设备购置和信息系统运行维护服务。' },
  { kind: 'h', text: '六、名词解释' },
  { kind: 'p', text: '1、基本支出：指为保障机构正常运转而发生的人员经费和公用经费。' },
  { kind: 'p', text: '2、“三公”经费：指因公出国（境）费、公务用车购置及运行维护费和公务接待费。' },
];

const text = (it: Item) => (it.kind === 'table' ? '' : it.text);

export function tika(items: Item[] = CANONICAL): string {
  const out: string[] = [];
  for (const it of items) {
    if (it.kind !== 'table') {
      out.push(text(it));
      continue;
    }
    it.rows.forEach((r, k) => {
      if (k > 0) out.push('');
      for (const c of r) out.push(`\t${c}`);
    });
    out.push('', '');
  }
  return out.join('\n') + '\n';
}

export function pipe(items: Item[] = CANONICAL): string {
  const out: string[] = [];
  for (const it of items) {
    if (it.kind !== 'table') out.push(text(it));
    else {
      it.rows.forEach((r, k) => {
        out.push(`| ${r.join(' | ')} |`);
        if (k === 0) out.push(`|${r.map(() => '---').join('|')}|`);
      });
      out.push('');
    }
  }
  return out.join('\n') + '\n';
}

/** Cells one per line; rows end at a blank line (`blank`) or after as many cells as the header has. */
export function cellPerLine(items: Item[] = CANONICAL, blank = true): string {
  const out: string[] = [];
  for (const it of items) {
    if (it.kind !== 'table') out.push(text(it));
    else {
      out.push('');
      for (const r of it.rows) {
        out.push(...r);
        if (blank) out.push('');
      }
      if (!blank) out.push('');
    }
  }
  return out.join('\n') + '\n';
}

const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);

/** Hard-wrap a paragraph at `cols` display columns, also inside numbers and words (as a PDF does). */
export function wrap(s: string, cols: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const c of s) {
    if (width(cur + c) > cols) {
      lines.push(cur);
      cur = '';
    }
    cur += c;
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * PDF text: paragraphs wrapped at 40 columns, pages of `pageLines` lines, each with a running
 * header and a page number (`- N -`); pdftotext's plain mode prints a table one cell per line.
 * `chars`: -layout columns counted in characters, as pdftotext sets them (a wide character takes one
 * column, so a cell starts where its place on the page says); else in display columns (a CJK
 * character two), which sets the figures of rows with longer names further left.
 */
export function pdfText(items: Item[] = CANONICAL, pageLines = 14, layout = false, chars = false): string {
  const cw = chars ? (s: string) => [...s].length : width;
  const body: string[] = [];
  for (const it of items) {
    if (it.kind === 'h') body.push(it.text);
    else if (it.kind === 'p') body.push(...wrap(it.text, 40));
    else if (!layout) {
      // pdftotext plain prints a table one cell per line, and an empty cell not at all
      body.push('');
      for (const r of it.rows) body.push(...r.filter((c) => c !== ''), '');
    } else {
      const w = it.rows[0]!.map((_, k) => Math.max(...it.rows.map((r) => cw(r[k] ?? ''))) + 4);
      // a column of figures only (below its header) is right-aligned
      const figures = it.rows[0]!.map((_, k) => it.rows.slice(1).every((r) => /^[\d,.%-]*$/.test(r[k] ?? '')));
      body.push('');
      for (const r of it.rows) {
        // names and words left-aligned, figures right-aligned, as pdftotext -layout prints them (the
        // header words right-aligned over their figures)
        const left = (_: string, k: number) => k === 0 || (r !== it.rows[0] && !figures[k]);
        body.push(r.map((c, k) => (left(c, k) ? c + ' '.repeat(w[k]! - cw(c)) : ' '.repeat(w[k]! - cw(c)) + c)).join('  ').trimEnd());
      }
      body.push('');
    }
  }
  // the running header: the title without 公开说明
  const header = text(items[0]!).replace(/公开说明$/, '');
  // (no empty last page: a table's closing blank line ends the body)
  while (body.length && body.at(-1) === '') body.pop();
  const out: string[] = [];
  let page = 1;
  for (let i = 0; i < body.length; i += pageLines) {
    const chunk = body.slice(i, i + pageLines);
    out.push(`${page > 1 ? '\f' : ''}${header}`, '', ...chunk, '', layout ? `                    - ${page} -` : `- ${page} -`, '');
    page++;
  }
  return out.join('\n') + '\n';
}

export function pdfLayout(items: Item[] = CANONICAL, chars = false): string {
  return pdfText(items, 14, true, chars);
}

/** Flat: the whole document on one line, paragraphs and table rows joined by a space. */
export function flat(items: Item[] = CANONICAL): string {
  const parts: string[] = [];
  for (const it of items) {
    if (it.kind !== 'table') parts.push(it.text);
    else for (const r of it.rows) parts.push(r.join(' '));
  }
  return parts.join(' ') + '\n';
}

/**
 * ONE canonical synthetic 部门决算 (invented department and figures that add up): overview sentences,
 * the 收入支出决算总表 and the 支出决算表, the “三公” 决算 sentence and table (budget and actual),
 * 机关运行经费, 政府采购, 国有资产 and a 项目支出绩效自评表. Field test 14 (tests/field14.test.ts).
 */
export const CANONICAL_FINAL: Item[] = [
  { kind: 'p', text: '示例县水务局2023年度部门决算' },
  { kind: 'h', text: '一、部门主要职责' },
  { kind: 'p', text: '（一）负责全县水资源的统一管理和保护，组织编制水资源保护规划。' },
  { kind: 'p', text: '（二）负责全县农村饮水工程的建设和运行管理，指导水利工程维修养护。' },
  { kind: 'h', text: '二、收入支出决算总体情况说明' },
  {
    kind: 'p',
    text: '2023年度收入总计1,260.00万元，支出总计1,260.00万元。本年收入合计1,180.00万元，其中：一般公共预算财政拨款收入1,150.00万元，其他收入30.00万元。本年支出合计1,200.00万元，其中：基本支出900.00万元，项目支出300.00万元。',
  },
  { kind: 'p', text: '收入支出决算总表' },
  { kind: 'p', text: '单位：万元' },
  {
    kind: 'table',
    rows: [
      ['项目', '行次', '金额', '项目', '行次', '金额'],
      ['一、一般公共预算财政拨款收入', '1', '1,150.00', '一、社会保障和就业支出', '31', '90.00'],
      ['二、其他收入', '2', '30.00', '二、农林水支出', '32', '1,050.00'],
      ['', '', '', '三、住房保障支出', '33', '60.00'],
      ['本年收入合计', '4', '1,180.00', '本年支出合计', '34', '1,200.00'],
      ['使用非财政拨款结余', '5', '0.00', '结余分配', '35', '0.00'],
      ['年初结转和结余', '6', '80.00', '年末结转和结余', '36', '60.00'],
      ['总计', '7', '1,260.00', '总计', '37', '1,260.00'],
    ],
  },
  { kind: 'p', text: '支出决算表' },
  { kind: 'p', text: '单位：万元' },
  {
    kind: 'table',
    rows: [
      ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
      ['', '合计', '1,200.00', '900.00', '300.00'],
      ['208', '社会保障和就业支出', '90.00', '90.00', '0.00'],
      ['213', '农林水支出', '1,050.00', '750.00', '300.00'],
      ['221', '住房保障支出', '60.00', '60.00', '0.00'],
    ],
  },
  { kind: 'h', text: '三、财政拨款“三公”经费支出决算情况说明' },
  {
    kind: 'p',
    text: '2023年度“三公”经费财政拨款支出年初预算为20.00万元，支出决算为16.50万元，完成预算的82.5%。其中：因公出国（境）费支出决算为0万元；公务用车购置及运行维护费支出决算为11.00万元，其中公务用车购置费0万元，公务用车运行维护费11.00万元；公务接待费支出决算为5.50万元。与2022年度决算相比减少1.20万元，主要原因是厉行节约。',
  },
  { kind: 'p', text: '“三公”经费支出决算表' },
  { kind: 'p', text: '单位：万元' },
  {
    kind: 'table',
    rows: [
      ['项目', '年初预算数', '决算数'],
      ['合计', '20.00', '16.50'],
      ['因公出国（境）费', '0.00', '0.00'],
      ['公务用车购置及运行维护费', '13.00', '11.00'],
      ['其中：公务用车购置费', '0.00', '0.00'],
      ['公务用车运行维护费', '13.00', '11.00'],
      ['公务接待费', '7.00', '5.50'],
    ],
  },
  { kind: 'h', text: '四、机关运行经费支出情况' },
  { kind: 'p', text: '2023年度本部门机关运行经费支出86.40万元，主要用于办公费30.00万元、水电费25.40万元、差旅费31.00万元等。' },
  { kind: 'h', text: '五、政府采购支出情况' },
  { kind: 'p', text: '2023年度本部门政府采购支出总额42.00万元，其中：政府采购货物支出12.00万元，政府采购服务支出30.00万元。授予中小企业合同金额42.00万元。' },
  { kind: 'h', text: '六、国有资产占用情况' },
  { kind: 'p', text: '截至2023年12月31日，本部门资产总额520.00万元，其中：流动资产120.00万元，固定资产380.00万元，无形资产20.00万元。' },
  { kind: 'h', text: '七、项目支出绩效自评情况' },
  { kind: 'p', text: '项目支出绩效自评表' },
  {
    kind: 'table',
    rows: [
      ['项目名称', '农村饮水工程维修养护', '', '', '', '', '', '', ''],
      ['主管部门', '示例县水务局', '', '', '实施单位', '示例县农村供水管理站', '', '', ''],
      ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', ''],
      ['', '年度资金总额', '300.00', '310.00', '300.00', '10', '96.77%', '9.7', ''],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['', '产出指标', '数量指标', '维修养护工程处数', '≥25处', '26处', '20', '20', ''],
      ['', '', '质量指标', '工程验收合格率', '≥95%', '96%', '20', '20', ''],
      ['', '', '时效指标', '维修完成及时率', '100%', '92%', '10', '9', '汛期施工延误'],
      ['', '效益指标', '社会效益指标', '受益人口', '≥3.2万人', '3.3万人', '20', '20', ''],
      ['', '满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '94%', '20', '20', ''],
      ['总分', '', '', '', '', '', '100', '98.7', ''],
    ],
  },
  { kind: 'h', text: '八、名词解释' },
  { kind: 'p', text: '1、机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。' },
];

/** ONE canonical synthetic 项目支出绩效目标表 published alone (一级 / 二级 cells merged: blank below their first row). */
export const CANONICAL_PERFORMANCE: Item[] = [
  { kind: 'p', text: '示例县水务局2024年项目支出绩效目标表' },
  { kind: 'p', text: '单位：万元' },
  {
    kind: 'table',
    rows: [
      ['项目名称', '农村饮水安全巡检', '', ''],
      ['项目资金', '年度资金总额', '60.00', ''],
      ['年度目标', '完成全县农村饮水工程巡检和水质检测，保障群众饮水安全。', '', ''],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '巡检村数', '≥120个'],
      ['', '', '水质检测次数', '≥4次'],
      ['', '质量指标', '水质达标率', '≥95%'],
      ['', '时效指标', '巡检完成时间', '2024年12月底前'],
      ['成本指标', '经济成本指标', '巡检成本', '≤60万元'],
      ['效益指标', '社会效益指标', '受益人口', '≥3.5万人'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ],
  },
];

const require = createRequire(import.meta.url);
export const toTraditional = (require('opencc-js/cn2t') as { Converter: (o: { from: string; to: string }) => (s: string) => string }).Converter({ from: 'cn', to: 't' });

/**
 * Every rendering of a document: [name, text, the layout it must be detected as, the text in simplified
 * characters (the traditional renderings' lines are converted one by one: the same lines)].
 * `chars`: also the -layout rendering with columns counted in characters (as pdftotext sets them).
 */
export function renderings(items: Item[] = CANONICAL, chars = false): [string, string, string, string][] {
  const r: [string, string, string][] = [
    ['tika', tika(items), 'tika'],
    ['pipe', pipe(items), 'pipe'],
    ['cell-per-line (rows end at a blank line)', cellPerLine(items, true), 'cell-per-line'],
    ['cell-per-line (rows counted from the header)', cellPerLine(items, false), 'cell-per-line'],
    ['pdf-text', pdfText(items), 'pdf-text'],
    ['pdf-layout', pdfLayout(items), 'pdf-layout'],
    ...(chars ? [['pdf-layout (columns in characters)', pdfLayout(items, true), 'pdf-layout'] as [string, string, string]] : []),
    ['flat', flat(items), 'flat'],
  ];
  return [
    ...r.map(([n, t, l]): [string, string, string, string] => [n, t, l, t]),
    ['traditional characters (Tika)', toTraditional(tika(items)), 'tika', tika(items)],
    ['traditional characters (pdf-text)', toTraditional(pdfText(items)), 'pdf-text', pdfText(items)],
  ];
}
