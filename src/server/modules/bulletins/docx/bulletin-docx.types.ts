/** One body paragraph of a 通报; `heading` (一、总体情况) is set in 黑体 on its own line before the text. */
export interface BulletinParagraph {
  /** Level-one heading such as 一、总体情况; omitted for a plain paragraph. */
  heading?: string;
  /** Paragraph text; a line break starts a new indented paragraph. */
  text: string;
}

/** A bordered table of the bulletin (项目, 主办单位, 进展, 状态 …); every cell is plain text. */
export interface BulletinTable {
  /** Caption centred above the table, e.g. 2024年10月份重点民生实事推进情况表. */
  caption: string;
  /** Header cells, repeated at the top of every page the table runs over. */
  columns: string[];
  /** Body rows, each as long as `columns`. */
  rows: string[][];
}

/** A lagging project put on the 挂牌督办 list. */
export interface BulletinLaggingProject {
  /** 序号 shown in the first column. */
  seq: number;
  /** 项目名称. */
  name: string;
  /** 责任单位, several joined by 、. */
  units: string;
  /** 滞后原因. */
  reason: string;
}

/** Everything the .docx generator needs to lay out one monthly 通报; it never reads the database. */
export interface BulletinDocument {
  /** 发文机关, e.g. 济宁经济开发区党政办督查室; printed in red in the 版头 and again in the signature. */
  issuer: string;
  /** 发文字号, e.g. 督查通报〔2024〕10号. */
  docNumber: string;
  /** 标题, e.g. 关于2024年10月份重点民生实事推进情况的通报. */
  title: string;
  /** 成文日期 as YYYY-MM-DD; printed as 2024年11月5日. */
  issueDate: string;
  /** 主送机关; a trailing ：is added when missing. */
  recipients?: string;
  /** Body paragraphs in order. */
  paragraphs: BulletinParagraph[];
  /** The project progress table, or null for a bulletin without one. */
  table: BulletinTable | null;
  /** 挂牌督办 list; printed as a second table when not empty. */
  lagging?: BulletinLaggingProject[];
}
