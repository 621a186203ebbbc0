/**
 * Synthetic budget tables (invented departments and figures), written once as data and rendered
 * into the three text layouts the parser reads: Tika (a TAB per cell), pipe (`| a | b |`) and
 * `pdftotext -layout` (space-aligned columns). The fixtures in fixtures/tables/ are these
 * renderings (`UPDATE_FIXTURES=1` rewrites them); the tests check every cell against this spec.
 */
export type CodeStyle = 'column' | 'classes' | 'space' | 'dash' | 'none';

export interface SpecRow {
  code: string | null;
  name: string;
  level: number | null;
  /** One cell per value column, as printed ('' for a blank cell). */
  cells: string[];
}
export interface SpecHalf {
  side: 'revenue' | 'expenditure' | null;
  /** Header rows of the value columns (top to bottom). */
  header: string[][];
  /** The key each value column must get. */
  keys: string[];
  /** Whether a value column holds money (false: 数量). */
  money?: boolean[];
  rows: SpecRow[];
  /** Header text of the name column. */
  nameHeader?: string;
  /** Extra text columns (after the name) with their cells per row: 采购品目. */
  extra?: { header: string; cells: string[] };
}
export interface SpecTable {
  kind: string;
  title: string;
  unit: '万元' | '元';
  codeStyle: CodeStyle;
  /** A page break after this many body rows: page number and running header between, then the title and/or header again or not. */
  pageBreak?: { after: number; title: boolean; header: boolean };
  /** With codeStyle classes: the 类 (and 款) of a child row is left blank, as a merged cell. */
  mergedClasses?: boolean;
  halves: SpecHalf[];
}
export interface SpecDoc {
  name: string;
  unit: '万元' | '元';
  /** Paragraphs before the tables. */
  text: string[];
  tables: SpecTable[];
}

const r = (code: string | null, name: string, level: number | null, ...cells: string[]): SpecRow => ({ code, name, level, cells });
const EXP3 = [['合计', '基本支出', '项目支出']];

/** A 部门预算 in 万元: codes in 类/款/项 columns, in one column and before the name. */
export function budgetDoc(): SpecDoc {
  const functionRows = (gf: boolean): SpecRow[] => [
    r('201', '一般公共服务支出', 1, '900.00', '850.00', gf ? '50.00' : ''),
    r('20126', '档案事务', 2, '900.00', '850.00', gf ? '50.00' : ''),
    r('2012601', '行政运行', 3, '600.00', '600.00', ''),
    r('2012604', '档案馆', 3, '300.00', '250.00', gf ? '50.00' : ''),
    r('208', '社会保障和就业支出', 1, '200.60', '200.60', ''),
    r('20805', '行政事业单位养老支出', 2, '200.60', '200.60', ''),
    r('2080505', '机关事业单位基本养老保险缴费支出', 3, '130.40', '130.40', ''),
    r('2080506', '机关事业单位职业年金缴费支出', 3, '70.20', '70.20', ''),
    r('221', '住房保障支出', 1, '150.00', '150.00', ''),
    r('22102', '住房改革支出', 2, '150.00', '150.00', ''),
    r('2210201', '住房公积金', 3, '90.00', '90.00', ''),
    r('2210203', '购房补贴', 3, '60.00', '60.00', ''),
    r(null, '合计', 0, '1,250.60', '1,200.60', '50.00'),
  ];
  return {
    name: 'budget-wan',
    unit: '万元',
    text: [
      '青松区档案馆2025年部门预算公开说明',
      '一、部门预算安排的总体情况',
      '2025年收入预算总计1,250.60万元，其中：一般公共预算拨款收入1,200.60万元，政府性基金预算拨款收入50.00万元。',
      '2025年支出预算总计1,250.60万元，其中：基本支出900.60万元，项目支出350.00万元。',
      '二、机关运行经费',
      '2025年机关运行经费预算50.00万元。',
      '三、“三公”经费预算情况',
      '2025年“三公”经费预算12.30万元，其中：因公出国（境）费2.00万元，公务用车购置及运行费8.30万元，公务接待费2.00万元。',
      '四、部门预算公开表',
    ],
    tables: [
      {
        kind: 'summary', title: '表1 2025年部门收支总表', unit: '万元', codeStyle: 'none',
        halves: [
          { side: 'revenue', nameHeader: '项目', header: [['预算数']], keys: ['total'], rows: [
            r(null, '一、一般公共预算拨款收入', 1, '1,200.60'),
            r(null, '二、政府性基金预算拨款收入', 1, '50.00'),
            r(null, '三、上年结转', 1, ''),
            r(null, '收入总计', 0, '1,250.60'),
          ] },
          { side: 'expenditure', nameHeader: '项目', header: [['预算数']], keys: ['total'], rows: [
            r(null, '一、一般公共服务支出', 1, '900.00'),
            r(null, '二、社会保障和就业支出', 1, '200.60'),
            r(null, '三、住房保障支出', 1, '150.00'),
            r(null, '支出总计', 0, '1,250.60'),
          ] },
        ],
      },
      {
        kind: 'revenue', title: '表2 2025年部门收入总表', unit: '万元', codeStyle: 'classes',
        halves: [{ side: null, nameHeader: '科目名称', header: [['合计', '一般公共预算拨款收入', '政府性基金预算拨款收入']], keys: ['total', 'generalBudget', 'governmentFund'], rows: functionRows(true) }],
      },
      {
        kind: 'expenditure', title: '表3 2025年部门支出总表', unit: '万元', codeStyle: 'classes',
        halves: [{ side: null, nameHeader: '科目名称', header: EXP3, keys: ['total', 'basic', 'project'], rows: [
          r('201', '一般公共服务支出', 1, '900.00', '550.00', '350.00'),
          r('20126', '档案事务', 2, '900.00', '550.00', '350.00'),
          r('2012601', '行政运行', 3, '600.00', '550.00', '50.00'),
          r('2012604', '档案馆', 3, '300.00', '', '300.00'),
          r('208', '社会保障和就业支出', 1, '200.60', '200.60', ''),
          r('20805', '行政事业单位养老支出', 2, '200.60', '200.60', ''),
          r('2080505', '机关事业单位基本养老保险缴费支出', 3, '130.40', '130.40', ''),
          r('2080506', '机关事业单位职业年金缴费支出', 3, '70.20', '70.20', ''),
          r('221', '住房保障支出', 1, '150.00', '150.00', ''),
          r('22102', '住房改革支出', 2, '150.00', '150.00', ''),
          r('2210201', '住房公积金', 3, '90.00', '90.00', ''),
          r('2210203', '购房补贴', 3, '60.00', '60.00', ''),
          r(null, '合计', 0, '1,250.60', '900.60', '350.00'),
        ] }],
      },
      {
        kind: 'fiscalSummary', title: '表4 2025年财政拨款收支总表', unit: '万元', codeStyle: 'none',
        halves: [
          { side: 'revenue', nameHeader: '项目', header: [['预算数']], keys: ['total'], rows: [
            r(null, '一、一般公共预算拨款', 1, '1,200.60'),
            r(null, '二、政府性基金预算拨款', 1, '50.00'),
            r(null, '收入总计', 0, '1,250.60'),
          ] },
          { side: 'expenditure', nameHeader: '项目', header: [['合计', '一般公共预算', '政府性基金预算']], keys: ['total', 'generalBudget', 'governmentFund'], rows: [
            r(null, '一、一般公共服务支出', 1, '900.00', '850.00', '50.00'),
            r(null, '二、社会保障和就业支出', 1, '200.60', '200.60', ''),
            r(null, '三、住房保障支出', 1, '150.00', '150.00', ''),
            r(null, '支出总计', 0, '1,250.60', '1,200.60', '50.00'),
          ] },
        ],
      },
      {
        kind: 'generalExpenditure', title: '表5 2025年一般公共预算支出表', unit: '万元', codeStyle: 'column',
        halves: [{ side: null, nameHeader: '科目名称', header: EXP3, keys: ['total', 'basic', 'project'], rows: [
          r('201', '一般公共服务支出', 1, '850.00', '550.00', '300.00'),
          r('20126', '档案事务', 2, '850.00', '550.00', '300.00'),
          r('2012601', '行政运行', 3, '600.00', '550.00', '50.00'),
          r('2012604', '档案馆', 3, '250.00', '', '250.00'),
          r('208', '社会保障和就业支出', 1, '200.60', '200.60', ''),
          r('20805', '行政事业单位养老支出', 2, '200.60', '200.60', ''),
          r('2080505', '机关事业单位基本养老保险缴费支出', 3, '130.40', '130.40', ''),
          r('2080506', '机关事业单位职业年金缴费支出', 3, '70.20', '70.20', ''),
          r('221', '住房保障支出', 1, '150.00', '150.00', ''),
          r('22102', '住房改革支出', 2, '150.00', '150.00', ''),
          r('2210201', '住房公积金', 3, '90.00', '90.00', ''),
          r('2210203', '购房补贴', 3, '60.00', '60.00', ''),
          r(null, '合计', 0, '1,200.60', '900.60', '300.00'),
        ] }],
      },
      {
        kind: 'basicExpenditure', title: '表6 2025年一般公共预算基本支出表', unit: '万元', codeStyle: 'column',
        halves: [{ side: null, nameHeader: '经济分类科目名称', header: [['合计', '人员经费', '公用经费']], keys: ['total', 'personnel', 'public'], rows: [
          r('301', '工资福利支出', 1, '700.60', '700.60', ''),
          r('30101', '基本工资', 2, '300.00', '300.00', ''),
          r('30102', '津贴补贴', 2, '200.00', '200.00', ''),
          r('30108', '机关事业单位基本养老保险缴费', 2, '130.40', '130.40', ''),
          r('30109', '职业年金缴费', 2, '70.20', '70.20', ''),
          r('302', '商品和服务支出', 1, '50.00', '', '50.00'),
          r('30201', '办公费', 2, '30.00', '', '30.00'),
          r('30211', '差旅费', 2, '20.00', '', '20.00'),
          r('303', '对个人和家庭的补助', 1, '150.00', '150.00', ''),
          r('30305', '生活补助', 2, '60.00', '60.00', ''),
          r('30399', '其他对个人和家庭的补助', 2, '90.00', '90.00', ''),
          r(null, '合计', 0, '900.60', '850.60', '50.00'),
        ] }],
      },
      {
        kind: 'threePublic', title: '表7 2025年“三公”经费支出表', unit: '万元', codeStyle: 'none',
        halves: [{ side: null, nameHeader: '项目', header: [
          ['合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'],
          ['', '', '小计', '公务用车购置费', '公务用车运行费', ''],
        ], keys: ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'], rows: [
          r(null, '2025年预算数', null, '12.30', '2.00', '8.30', '0.00', '8.30', '2.00'),
        ] }],
      },
      {
        kind: 'governmentFund', title: '表8 2025年政府性基金预算支出表', unit: '万元', codeStyle: 'dash',
        halves: [{ side: null, nameHeader: '科目', header: EXP3, keys: ['total', 'basic', 'project'], rows: [
          r('201', '一般公共服务支出', 1, '50.00', '', '50.00'),
          r('20126', '档案事务', 2, '50.00', '', '50.00'),
          r('2012604', '档案馆', 3, '50.00', '', '50.00'),
          r(null, '合计', 0, '50.00', '', '50.00'),
        ] }],
      },
      {
        kind: 'stateCapital', title: '表9 2025年国有资本经营预算支出表', unit: '万元', codeStyle: 'column',
        halves: [{ side: null, nameHeader: '科目名称', header: EXP3, keys: ['total', 'basic', 'project'], rows: [] }],
      },
      {
        kind: 'projectExpenditure', title: '表10 2025年项目支出表', unit: '万元', codeStyle: 'none',
        halves: [{ side: null, nameHeader: '项目名称', header: [['合计', '一般公共预算', '政府性基金预算']], keys: ['total', 'generalBudget', 'governmentFund'], rows: [
          r(null, '档案数字化', null, '200.00', '150.00', '50.00'),
          r(null, '档案馆运行维护', null, '100.00', '100.00', ''),
          r(null, '信息系统维护', null, '50.00', '50.00', ''),
          r(null, '合计', 0, '350.00', '300.00', '50.00'),
        ] }],
      },
      {
        kind: 'procurement', title: '表11 2025年政府采购预算表', unit: '万元', codeStyle: 'none',
        halves: [{ side: null, nameHeader: '采购项目', extra: { header: '采购品目', cells: ['货物', '服务', ''] }, header: [['数量', '金额']], keys: ['quantity', 'total'], money: [false, true], rows: [
          r(null, '档案密集架', null, '20', '30.00'),
          r(null, '数字化扫描服务', null, '1', '45.00'),
          r(null, '合计', 0, '', '75.00'),
        ] }],
      },
      {
        kind: 'other', title: '表12 2025年政府购买服务预算表', unit: '万元', codeStyle: 'none',
        halves: [{ side: null, nameHeader: '项目', header: [['金额']], keys: ['total'], rows: [
          r(null, '档案整理外包', null, '40.00'),
          r(null, '合计', 0, '40.00'),
        ] }],
      },
    ],
  };
}

/** A 部门决算 in 元: codes before the name (`2130201 行政运行`), in 类/款/项 columns (类 merged down), in a code column. */
export function finalDoc(): SpecDoc {
  const fn = (gb: boolean): SpecRow[] => [
    r('208', '社会保障和就业支出', 1, '144,000.00', '144,000.00', ''),
    r('20805', '行政事业单位养老支出', 2, '144,000.00', '144,000.00', ''),
    r('2080505', '机关事业单位基本养老保险缴费支出', 3, '96,000.00', '96,000.00', ''),
    r('2080506', '机关事业单位职业年金缴费支出', 3, '48,000.00', '48,000.00', ''),
    r('213', '农林水支出', 1, gb ? '970,000.00' : '1,000,000.00', '760,000.00', gb ? '210,000.00' : '240,000.00'),
    r('21302', '林业和草原', 2, gb ? '970,000.00' : '1,000,000.00', '760,000.00', gb ? '210,000.00' : '240,000.00'),
    r('2130201', '行政运行', 3, '800,000.00', '760,000.00', '40,000.00'),
    r('2130234', '林业草原防灾减灾', 3, gb ? '170,000.00' : '200,000.00', '', gb ? '170,000.00' : '200,000.00'),
    r('221', '住房保障支出', 1, '72,000.00', '72,000.00', ''),
    r('22102', '住房改革支出', 2, '72,000.00', '72,000.00', ''),
    r('2210201', '住房公积金', 3, '72,000.00', '72,000.00', ''),
    r(null, '合计', 0, gb ? '1,186,000.00' : '1,216,000.00', '976,000.00', gb ? '210,000.00' : '240,000.00'),
  ];
  return {
    name: 'final-yuan',
    unit: '元',
    text: [
      '松山镇林业站2024年度部门决算公开',
      '第一部分 部门概况',
      '松山镇林业站负责本镇林业资源保护工作。',
      '第二部分 2024年度部门决算表',
    ],
    tables: [
      {
        kind: 'summary', title: '收入支出决算总表', unit: '元', codeStyle: 'none',
        halves: [
          { side: 'revenue', nameHeader: '项目', header: [['决算数']], keys: ['actual'], rows: [
            r(null, '一、财政拨款收入', 1, '1,186,000.00'),
            r(null, '二、其他收入', 1, '30,000.00'),
            r(null, '收入总计', 0, '1,216,000.00'),
          ] },
          { side: 'expenditure', nameHeader: '项目', header: [['决算数']], keys: ['actual'], rows: [
            r(null, '一、社会保障和就业支出', 1, '144,000.00'),
            r(null, '二、农林水支出', 1, '1,000,000.00'),
            r(null, '支出总计', 0, '1,216,000.00'),
          ] },
        ],
      },
      {
        kind: 'revenue', title: '收入决算表', unit: '元', codeStyle: 'column',
        halves: [{ side: null, nameHeader: '科目名称', header: [['本年收入合计', '财政拨款收入', '其他收入']], keys: ['total', 'fiscal', 'otherIncome'], rows: [
          r('208', '社会保障和就业支出', 1, '144000.00', '144000.00', ''),
          r('213', '农林水支出', 1, '1000000.00', '970000.00', '30000.00'),
          r('221', '住房保障支出', 1, '72000.00', '72000.00', ''),
          r(null, '合计', 0, '1216000.00', '1186000.00', '30000.00'),
        ] }],
      },
      {
        kind: 'expenditure', title: '支出决算表', unit: '元', codeStyle: 'space',
        halves: [{ side: null, nameHeader: '项目', header: [['本年支出合计', '基本支出', '项目支出']], keys: ['total', 'basic', 'project'], rows: fn(false) }],
      },
      {
        kind: 'fiscalSummary', title: '财政拨款收入支出决算总表', unit: '元', codeStyle: 'none',
        halves: [
          { side: 'revenue', nameHeader: '项目', header: [['决算数']], keys: ['actual'], rows: [
            r(null, '一、一般公共预算财政拨款', 1, '1,186,000.00'),
            r(null, '二、政府性基金预算财政拨款', 1, ''),
            r(null, '收入总计', 0, '1,186,000.00'),
          ] },
          { side: 'expenditure', nameHeader: '项目', header: [['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款']], keys: ['total', 'generalBudget', 'governmentFund'], rows: [
            r(null, '一、社会保障和就业支出', 1, '144,000.00', '144,000.00', ''),
            r(null, '二、农林水支出', 1, '970,000.00', '970,000.00', ''),
            r(null, '支出总计', 0, '1,186,000.00', '1,186,000.00', ''),
          ] },
        ],
      },
      {
        kind: 'generalExpenditure', title: '一般公共预算财政拨款支出决算表', unit: '元', codeStyle: 'classes', mergedClasses: true,
        halves: [{ side: null, nameHeader: '科目名称', header: EXP3, keys: ['total', 'basic', 'project'], rows: fn(true) }],
      },
      {
        kind: 'basicExpenditure', title: '一般公共预算财政拨款基本支出决算表', unit: '元', codeStyle: 'space',
        halves: [{ side: null, nameHeader: '经济分类科目', header: [['合计', '人员经费', '公用经费']], keys: ['total', 'personnel', 'public'], rows: [
          r('301', '工资福利支出', 1, '904,000.00', '904,000.00', ''),
          r('30101', '基本工资', 2, '500,000.00', '500,000.00', ''),
          r('30102', '津贴补贴', 2, '188,000.00', '188,000.00', ''),
          r('30108', '机关事业单位基本养老保险缴费', 2, '96,000.00', '96,000.00', ''),
          r('30109', '职业年金缴费', 2, '48,000.00', '48,000.00', ''),
          r('30113', '住房公积金', 2, '72,000.00', '72,000.00', ''),
          r('302', '商品和服务支出', 1, '72,000.00', '', '72,000.00'),
          r('30201', '办公费', 2, '42,000.00', '', '42,000.00'),
          r('30211', '差旅费', 2, '30,000.00', '', '30,000.00'),
          r(null, '合计', 0, '976,000.00', '904,000.00', '72,000.00'),
        ] }],
      },
      {
        kind: 'threePublic', title: '财政拨款“三公”经费支出决算表', unit: '元', codeStyle: 'none',
        halves: [{ side: null, nameHeader: '项目', header: [['预算数', '决算数']], keys: ['budgeted', 'actual'], rows: [
          r(null, '合计', 0, '26,000.00', '24,500.00'),
          r(null, '因公出国（境）费', null, '0.00', '0.00'),
          r(null, '公务用车购置及运行费', null, '20,000.00', '19,000.00'),
          r(null, '其中：公务用车购置费', null, '0.00', '0.00'),
          r(null, '公务用车运行费', null, '20,000.00', '19,000.00'),
          r(null, '公务接待费', null, '6,000.00', '5,500.00'),
        ] }],
      },
      {
        kind: 'governmentFund', title: '政府性基金预算财政拨款收入支出决算表', unit: '元', codeStyle: 'column',
        halves: [{ side: null, nameHeader: '科目名称', header: [['本年支出合计', '基本支出', '项目支出']], keys: ['total', 'basic', 'project'], rows: [] }],
      },
      {
        kind: 'stateCapital', title: '国有资本经营预算财政拨款支出决算表', unit: '元', codeStyle: 'column',
        halves: [{ side: null, nameHeader: '科目名称', header: [['本年支出合计', '基本支出', '项目支出']], keys: ['total', 'basic', 'project'], rows: [] }],
      },
      {
        kind: 'projectExpenditure', title: '项目支出决算表', unit: '元', codeStyle: 'none',
        halves: [{ side: null, nameHeader: '项目名称', header: [['年初预算数', '决算数']], keys: ['budgeted', 'actual'], rows: [
          r(null, '林业草原防灾减灾', null, '210,000.00', '200,000.00'),
          r(null, '林区道路养护', null, '40,000.00', '40,000.00'),
          r(null, '合计', 0, '250,000.00', '240,000.00'),
        ] }],
      },
      {
        kind: 'procurement', title: '政府采购情况决算表', unit: '元', codeStyle: 'none',
        halves: [{ side: null, nameHeader: '采购项目', header: [['决算数']], keys: ['actual'], rows: [
          r(null, '森林防火无人机', null, '30,000.00'),
        ] }],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering

export type Form = 'tika' | 'pipe' | 'layout';

/** The cells of one table row: code / name columns per code style, then the value cells. */
function leadCells(style: CodeStyle, half: SpecHalf, row: SpecRow | null, prev: SpecRow | null, extraCell: string | null, merged = false): string[] {
  const extra = half.extra ? [extraCell ?? ''] : [];
  if (row === null) {
    const name = half.nameHeader ?? '项目';
    const ex = half.extra ? [half.extra.header] : [];
    if (style === 'classes') return ['类', '款', '项', name, ...ex];
    if (style === 'column') return ['科目编码', name, ...ex];
    return [name, ...ex];
  }
  const code = row.code ?? '';
  if (style === 'classes') {
    const l = code.slice(0, 3);
    const k = code.slice(3, 5);
    const x = code.slice(5, 7);
    // In the 决算 fixture the 类 (and 款) of a child row is left blank (a merged cell).
    const blankClass = merged && k !== '' && (prev?.code ?? '').startsWith(l);
    const blankKuan = blankClass && x !== '' && (prev?.code ?? '').startsWith(code.slice(0, 5));
    return [blankClass ? '' : l, blankKuan ? '' : k, x, row.name, ...extra];
  }
  if (style === 'column') return [code, row.name, ...extra];
  if (style === 'space') return [code ? `${code} ${row.name}` : row.name, ...extra];
  if (style === 'dash') return [code ? `${code}-${row.name}` : row.name, ...extra];
  return [row.name, ...extra];
}

/** The table as a grid of cells (header rows first), halves side by side. */
export function grid(t: SpecTable): { header: string[][]; body: string[][] } {
  const depth = Math.max(...t.halves.map((h) => h.header.length));
  const header: string[][] = Array.from({ length: depth }, () => []);
  const bodyLen = Math.max(...t.halves.map((h) => h.rows.length));
  const body: string[][] = Array.from({ length: bodyLen }, () => []);
  for (const h of t.halves) {
    const lead = leadCells(t.codeStyle, h, null, null, null);
    for (let d = 0; d < depth; d++) {
      const hr = h.header[d] ?? h.header[h.header.length - 1]!.map(() => '');
      // The code/name header stands in the top row; lower rows are blank there (merged).
      header[d]!.push(...(d === 0 ? lead : lead.map(() => '')), ...hr);
    }
    for (let i = 0; i < bodyLen; i++) {
      const row = h.rows[i];
      if (!row) {
        body[i]!.push(...lead.map(() => ''), ...h.keys.map(() => ''));
        continue;
      }
      body[i]!.push(...leadCells(t.codeStyle, h, row, h.rows[i - 1] ?? null, h.extra?.cells[i] ?? null, t.mergedClasses), ...row.cells);
    }
  }
  // The 类/款/项 header: 科目编码 above, 类 款 项 below.
  if (t.codeStyle === 'classes' && depth === 1) {
    header.unshift(header[0]!.map((c, i) => (i === 0 ? '科目编码' : ['类', '款', '项'].includes(c) ? '' : c)));
    header[1] = header[1]!.map((c) => (['类', '款', '项'].includes(c) ? c : ''));
  } else if (t.codeStyle === 'classes') {
    header[0] = header[0]!.map((c, i) => (i === 0 ? '科目编码' : ['款', '项'].includes(c) ? '' : c));
    header[depth - 1] = header[depth - 1]!.map((c, i) => (i < 3 ? ['类', '款', '项'][i]! : c));
  }
  return { header, body };
}

// pdftotext -layout sets one character per grid column, a Chinese character as much as a digit.
const width = (s: string) => [...s].length;
const isNum = (s: string) => /^[\d,]*\.\d+$|^[\d,]+,\d{3}$/.test(s);

function renderTable(t: SpecTable, form: Form, unitLine: string): string[] {
  const { header, body: all } = grid(t);
  const pb = t.pageBreak;
  const parts = pb ? [all.slice(0, pb.after), all.slice(pb.after)] : [all];
  const out: string[] = [];
  parts.forEach((body, i) => {
    if (i > 0) out.push('- 7 -', '青松区档案馆2025年部门预算');
    const withTitle = i === 0 || pb!.title;
    const withHeader = i === 0 || pb!.header;
    out.push(...renderPiece(t, form, withTitle ? unitLine : null, withHeader ? header : [], body, header));
  });
  return out;
}

function renderPiece(t: SpecTable, form: Form, unitLine: string | null, header: string[][], body: string[][], fullHeader: string[][]): string[] {
  const rows = [...header, ...body];
  const out: string[] = [];
  if (form === 'tika') {
    if (unitLine) out.push(t.title, unitLine);
    for (const row of rows) {
      for (const c of row) out.push(`\t${c}`);
      out.push('');
    }
    out.push('', '');
    return out;
  }
  if (form === 'pipe') {
    if (unitLine) out.push(t.title, unitLine, '');
    header.forEach((row) => out.push(`| ${row.join(' | ')} |`));
    if (header.length) out.push(`|${header[0]!.map(() => ' --- ').join('|')}|`);
    body.forEach((row) => out.push(`| ${row.join(' | ')} |`));
    out.push('');
    return out;
  }
  // pdftotext -layout: each column as wide as its widest cell, 3 spaces apart; numbers right-aligned.
  const measure = [...fullHeader, ...rows];
  const n = Math.max(...measure.map((r) => r.length));
  const widths = Array.from({ length: n }, (_, i) => Math.max(2, ...measure.map((r) => width(r[i] ?? ''))));
  const total = widths.reduce((a, b) => a + b + 3, 0);
  if (unitLine) {
    out.push(' '.repeat(Math.max(0, Math.floor((total - width(t.title)) / 2))) + t.title);
    out.push(' '.repeat(Math.max(0, total - width(unitLine))) + unitLine);
    out.push('');
  }
  rows.forEach((row, ri) => {
    let line = '';
    for (let i = 0; i < n; i++) {
      const c = row[i] ?? '';
      const free = widths[i]! - width(c);
      const pad = ' '.repeat(free);
      // Header cells are centred over their column, as pdftotext prints them; figures right-aligned.
      const cell = ri < header.length ? ' '.repeat(Math.floor(free / 2)) + c + ' '.repeat(free - Math.floor(free / 2)) : isNum(c) ? pad + c : c + pad;
      line += cell + '   ';
    }
    out.push(line.replace(/\s+$/, ''));
  });
  out.push('', '');
  return out;
}

export function render(doc: SpecDoc, form: Form): string {
  const out: string[] = [...doc.text, ''];
  for (const t of doc.tables) out.push(...renderTable(t, form, `单位：${t.unit}`));
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// One mismatch per rule: the budget document with one figure changed.

function setCell(doc: SpecDoc, kind: string, side: SpecHalf['side'], name: string, col: number, value: string): void {
  const t = doc.tables.find((x) => x.kind === kind)!;
  const h = t.halves.find((x) => x.side === side)!;
  h.rows.find((r) => r.name === name)!.cells[col] = value;
}

/** The budget document with its long tables broken over pages: header repeated, title and header repeated, nothing repeated. */
export function pagedDoc(): SpecDoc {
  const d = budgetDoc();
  d.name = 'budget-paged';
  const set = (kind: string, pageBreak: SpecTable['pageBreak']) => {
    d.tables.find((t) => t.kind === kind)!.pageBreak = pageBreak;
  };
  set('expenditure', { after: 6, title: false, header: true });
  set('generalExpenditure', { after: 5, title: true, header: true });
  set('basicExpenditure', { after: 7, title: false, header: false });
  set('summary', { after: 2, title: false, header: true });
  return d;
}

export const MISMATCHES: { name: string; rule: string; make: () => SpecDoc }[] = [
  {
    name: 'mismatch-children', rule: 'TABLE_SUM_CHILDREN',
    make: () => {
      const d = budgetDoc();
      const t = d.tables.find((x) => x.kind === 'expenditure')!;
      const row = t.halves[0]!.rows.find((r) => r.code === '2012604')!;
      row.cells = ['310.00', '', '310.00'];
      return d;
    },
  },
  {
    name: 'mismatch-total', rule: 'TABLE_SUM_TOTAL',
    make: () => {
      const d = budgetDoc();
      setCell(d, 'generalExpenditure', null, '合计', 0, '1,210.60');
      setCell(d, 'generalExpenditure', null, '合计', 1, '910.60');
      return d;
    },
  },
  {
    name: 'mismatch-row', rule: 'TABLE_ROW_SUM',
    make: () => {
      const d = budgetDoc();
      setCell(d, 'projectExpenditure', null, '档案馆运行维护', 1, '90.00');
      return d;
    },
  },
  {
    name: 'mismatch-sides', rule: 'TABLE_SIDES_BALANCE',
    make: () => {
      const d = budgetDoc();
      setCell(d, 'fiscalSummary', 'revenue', '收入总计', 0, '1,250.90');
      return d;
    },
  },
  {
    name: 'mismatch-text', rule: 'TEXT_TABLE_MISMATCH',
    make: () => {
      const d = budgetDoc();
      d.text = d.text.map((t) => t.replace('2025年机关运行经费预算50.00万元。', '2025年机关运行经费预算50.00万元。').replace('支出预算总计1,250.60万元，其中：基本支出900.60万元，项目支出350.00万元', '支出预算总计1,250.60万元，其中：基本支出890.60万元，项目支出360.00万元'));
      return d;
    },
  },
];
