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
 */
export function pdfText(items: Item[] = CANONICAL, pageLines = 14, layout = false): string {
  const body: string[] = [];
  for (const it of items) {
    if (it.kind === 'h') body.push(it.text);
    else if (it.kind === 'p') body.push(...wrap(it.text, 40));
    else if (!layout) {
      body.push('');
      for (const r of it.rows) body.push(...r, '');
    } else {
      const w = it.rows[0]!.map((_, k) => Math.max(...it.rows.map((r) => width(r[k]!))) + 4);
      body.push('');
      for (const r of it.rows) {
        // name left-aligned, figures right-aligned, as pdftotext -layout prints them
        body.push(r.map((c, k) => (k === 0 ? c + ' '.repeat(w[k]! - width(c)) : ' '.repeat(w[k]! - width(c)) + c)).join('  '));
      }
      body.push('');
    }
  }
  const out: string[] = [];
  let page = 1;
  for (let i = 0; i < body.length; i += pageLines) {
    const chunk = body.slice(i, i + pageLines);
    out.push(`${page > 1 ? '\f' : ''}示例市林业和草原局2024年部门预算`, '', ...chunk, '', layout ? `                    - ${page} -` : `- ${page} -`, '');
    page++;
  }
  return out.join('\n') + '\n';
}

export function pdfLayout(items: Item[] = CANONICAL): string {
  return pdfText(items, 14, true);
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
