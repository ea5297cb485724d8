import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { NoticeParseError } from '../domain/notice/notice.types';
import { readNoticeDraftFile } from '../server/notice-files/read-notice-draft';
import { MAX_NOTICE_FILE_BYTES, readNoticeFile } from '../server/notice-files/read-notice-file';
import { formatNoticeSummary, toNoticeJson } from './notice-summary.formatter';

/** Exit codes of the CLI: 0 ok, 1 unexpected failure, 2 bad input (usage, missing or invalid file). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

export const PARSE_NOTICE_USAGE = `用法：minsheng parse-notice <通知文件> [--json]

读取民生实事通知（.txt、.docx 或 .xlsx，按文件内容识别），检查并列出其中的项目及识别出的目标指标和节点，
不写入数据库。支持附件汇总表（表格、网页复制的一格一行表格、| 分隔的表格）、“一、… 1. …（牵头单位：…；配合单位：…）”
逐条编号的清单、一段连写的编号清单和繁体字通知；没把握的项目标出置信度和原因。

选项：
  --json     以 JSON 输出：{"plan":{…},"projects":[…],"warnings":[…]}；每个项目含
             seq、name、content、leadUnits、coUnits、category、confidence、warnings、targets、milestones
             只有找不到任何项目清单时才以退出码 2 结束
  -h, --help 显示本帮助
`;

interface ParseNoticeOptions {
  file: string;
  isJson: boolean;
}

function parseArguments(args: string[]): ParseNoticeOptions | string {
  let file: string | undefined;
  let isJson = false;
  for (const arg of args) {
    if (arg === '--json') isJson = true;
    else if (arg.startsWith('-') && arg !== '-') return `未知选项“${arg}”。`;
    else if (file === undefined) file = arg;
    else return `只能指定一个通知文件，多余的参数：“${arg}”。`;
  }
  return file === undefined ? '缺少通知文件路径。' : { file, isJson };
}

async function readInput(file: string): Promise<Buffer | string> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return `“${file}”是一个目录，请指定通知文件。`;
    if (info.size > MAX_NOTICE_FILE_BYTES) {
      return `文件“${file}”过大（${(info.size / 1024 / 1024).toFixed(1)} MB）：通知文件不能超过 10 MB。`;
    }
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `找不到文件“${file}”，请检查路径是否正确。`;
    if (code === 'EACCES' || code === 'EPERM') return `没有权限读取文件“${file}”。`;
    return `无法读取文件“${file}”：${(error as Error).message}`;
  }
}

/**
 * The strict readers first (their row errors keep exit 2, naming the row to fix); when they find no list at all,
 * the general reader, which reads other districts' layouts and flags each project's doubts.
 */
async function readAnyNotice(data: Buffer, fileName: string) {
  try {
    return await readNoticeFile(data, fileName);
  } catch (error) {
    if (!(error instanceof NoticeParseError) || !/未找到/.test(error.message)) throw error;
    return readNoticeDraftFile(data, fileName);
  }
}

/**
 * `minsheng parse-notice FILE [--json]`: parses a notice without touching any database.
 * With --json stdout carries exactly one JSON document; on any error stdout stays empty, the Chinese
 * message (file name and location) goes to stderr and the exit code is 2.
 */
export async function runParseNotice(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(PARSE_NOTICE_USAGE);
    return EXIT_OK;
  }
  const options = parseArguments(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n\n${PARSE_NOTICE_USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const data = await readInput(options.file);
  if (typeof data === 'string') {
    process.stderr.write(`${data}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    const notice = await readAnyNotice(data, basename(options.file));
    const output = options.isJson ? `${JSON.stringify(toNoticeJson(notice), null, 2)}\n` : formatNoticeSummary(notice, options.file);
    process.stdout.write(output);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof NoticeParseError) {
      process.stderr.write(`文件“${options.file}”无法导入：${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    process.stderr.write(`解析文件“${options.file}”时发生意外错误：${(error as Error).message}\n`);
    return EXIT_FAILURE;
  }
}
