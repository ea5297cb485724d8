/** Where in the source file something was found; used in Chinese error messages and warnings. */
export interface SourceLocation {
  /** 1-based line of a text notice */
  line?: number;
  /** sheet name of a workbook */
  sheet?: string;
  /** 1-based row of a table (xlsx sheet row, or docx table row) */
  row?: number;
  /** column header or letter */
  column?: string;
}

/** The header of an annual notice (文件头). */
export interface NoticePlanHeader {
  /** e.g. 关于办好2024年“重点民生实事”的通知 */
  title: string;
  /** e.g. 济开管发〔2024〕1号; null when the file has none (a bare spreadsheet) */
  docNumber: string | null;
  /** e.g. 济宁经济开发区管理委员会 */
  issuer: string | null;
  /** plan year, e.g. 2024 */
  year: number | null;
  /** YYYY-MM-DD when the notice states its date (成文日期), else null */
  issueDate: string | null;
}

/** One row of the attachment table (项目汇总表). */
export interface NoticeProject {
  seq: number;
  name: string;
  /** 项目内容及工作目标, sub-items ①② kept on their own lines */
  content: string;
  /** normalised unit names, in the order of the notice */
  leadUnits: string[];
  coUnits: string[];
  /** the section the project is listed under (一、教育文化（4项） → 教育文化), when the notice groups them */
  category?: string;
  /** where the row starts in the source */
  source: SourceLocation;
  /** 0–1, how sure the reader is of this project; absent (= 1) from the strict table readers */
  confidence?: number;
  /** the reasons for doubt, in Chinese (unit clause not found, name guessed, row width uneven…) */
  doubts?: string[];
  /** 建设地点, when the notice has that column */
  location?: string | null;
  /** 完成时限 read as YYYY-MM-DD, when the notice has that column */
  deadline?: string | null;
  /** 年度投资金额 in 万元, when the notice has that column */
  investment?: number | null;
}

export interface NoticeWarning {
  line: number | null;
  message: string;
}

export interface ParsedNotice {
  plan: NoticePlanHeader;
  projects: NoticeProject[];
  warnings: NoticeWarning[];
}

/** Bad input: the message is Chinese, names the place (file line / sheet row) and says what to fix. */
export class NoticeParseError extends Error {
  constructor(
    message: string,
    readonly location: SourceLocation = {},
  ) {
    super(message);
    this.name = 'NoticeParseError';
  }
}
