import { pathToFileURL } from 'node:url';

/** Exit codes: 0 ok, 2 bad usage (commands also use 1 for unexpected failures). */
const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;

/** A command takes its arguments and returns the process exit code. */
type CommandRunner = (args: string[]) => Promise<number>;

interface CliCommand {
  summary: string;
  /** Loaded on demand so that `help` and each command only load what they need. */
  load: () => Promise<CommandRunner>;
}

const COMMANDS: Record<string, CliCommand> = {
  'parse-notice': {
    summary: '检查通知文件（.txt/.docx/.xlsx）并列出项目，不写入数据库',
    load: async () => (await import('./parse-notice.command')).runParseNotice,
  },
  'extract-targets': {
    summary: '从一段项目内容中识别目标指标和节点（--text "…"）',
    load: async () => (await import('./extract-targets.command')).runExtractTargets,
  },
  'import-notice': {
    summary: '把通知导入数据库（新建或更新年度清单）',
    load: async () => (await import('./import-notice.command')).runImportNotice,
  },
  backup: {
    summary: '在线备份数据库和全部附件（含校验清单）：minsheng backup <目录>',
    load: async () => (await import('./backup.command')).runBackup,
  },
  restore: {
    summary: '校验并从备份恢复数据库和附件：minsheng restore <备份文件夹> [--force]',
    load: async () => (await import('./backup.command')).runRestore,
  },
};

/** The Chinese overview printed by `minsheng help`. */
export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length)) + 2;
  const commands = Object.entries(COMMANDS)
    .map(([name, command]) => `  ${name.padEnd(width)}${command.summary}`)
    .join('\n');
  return `民生实事督办平台命令行工具

用法：minsheng <命令> [参数]

命令：
${commands}
  ${'help'.padEnd(width)}显示本帮助

示例：
  minsheng parse-notice fixtures/notice-2024-jingkai.txt
  minsheng parse-notice 通知.docx --json
  minsheng extract-targets --text "全区新改建充电桩110座。" --json

运行 minsheng <命令> --help 查看命令的详细用法。
`;
}

/** Dispatches `minsheng <command> …` and returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    process.stderr.write(helpText());
    return EXIT_BAD_INPUT;
  }
  if (name === 'help' || name === '-h' || name === '--help') {
    process.stdout.write(helpText());
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    process.stderr.write(`未知命令“${name}”。运行 minsheng help 查看可用命令。\n`);
    return EXIT_BAD_INPUT;
  }
  const run = await command.load();
  return run(args);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
