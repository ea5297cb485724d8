import { extractTargets } from '../domain/targets/extract-targets';
import { EXIT_BAD_INPUT, EXIT_OK } from './parse-notice.command';
import { formatExtraction, toExtractionJson } from './target-json.formatter';

export const EXTRACT_TARGETS_USAGE = `用法：minsheng extract-targets --text "<项目内容及工作目标>" [--name "<项目名称>"] [--json]

从一段项目内容中识别可量化的目标指标（数量、比率、增幅、标准）和节点（无数字的分项 ①②③），不写入数据库。

选项：
  --text <文字>  项目内容及工作目标（必填）
  --name <名称>  项目名称，用于补全只有动词的指标名称（可选）
  --json         以 JSON 输出：{"targets":[…],"milestones":[…]}
  -h, --help     显示本帮助

示例：
  minsheng extract-targets --text "①全区新增托位113个，其中社区托位32个；②建设“乡村安心托”项目2处。" --json
`;

interface ExtractTargetsOptions {
  text: string;
  name?: string;
  isJson: boolean;
}

function parseArguments(args: string[]): ExtractTargetsOptions | string {
  let text: string | undefined;
  let name: string | undefined;
  let isJson = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--json') {
      isJson = true;
    } else if (arg === '--text' || arg === '--name') {
      const value = args[i + 1];
      if (value === undefined) return `选项“${arg}”后缺少内容。`;
      if (arg === '--text') text = value;
      else name = value;
      i += 1;
    } else if (arg.startsWith('--text=')) {
      text = arg.slice('--text='.length);
    } else if (arg.startsWith('--name=')) {
      name = arg.slice('--name='.length);
    } else if (arg.startsWith('-')) {
      return `未知选项“${arg}”。`;
    } else {
      return `多余的参数：“${arg}”。项目内容请用 --text 给出（含空格时加引号）。`;
    }
  }
  if (text === undefined || text.trim() === '') return '缺少项目内容：请用 --text 给出要识别的文字。';
  return name === undefined ? { text, isJson } : { text, name, isJson };
}

/**
 * `minsheng extract-targets --text "…" [--name "…"] [--json]`: the targets and milestones of one text.
 * With --json stdout carries exactly one JSON document; usage errors go to stderr with exit code 2.
 */
export async function runExtractTargets(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(EXTRACT_TARGETS_USAGE);
    return EXIT_OK;
  }
  const options = parseArguments(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n\n${EXTRACT_TARGETS_USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const extraction = extractTargets(options.text, options.name === undefined ? {} : { projectName: options.name });
  process.stdout.write(options.isJson ? `${JSON.stringify(toExtractionJson(extraction), null, 2)}\n` : formatExtraction(extraction));
  return EXIT_OK;
}
