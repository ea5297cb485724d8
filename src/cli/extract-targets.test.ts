import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/minsheng.mjs', import.meta.url));

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: '/', encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

const TIMEOUT = 60_000;

describe('minsheng extract-targets', () => {
  it(
    'prints the targets and milestones of one text as JSON, parent only on children',
    async () => {
      const text = '①全区新增托位113个，其中社区托位32个；\n②建设“乡村安心托”项目2处。\n③推行试点社区成立“物管委”。';
      const run = await runCli(['extract-targets', '--text', text, '--json']);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(run.stdout)).toEqual({
        targets: [
          { label: '新增托位', value: 113, unit: '个', kind: 'quantity', min: false, approx: false, text: '全区新增托位113个', confidence: 1 },
          { label: '社区托位', value: 32, unit: '个', kind: 'quantity', min: false, approx: false, text: '社区托位32个', confidence: 1, parent: 0 },
          { label: '建设“乡村安心托”项目', value: 2, unit: '处', kind: 'quantity', min: false, approx: false, text: '建设“乡村安心托”项目2处', confidence: 1 },
        ],
        milestones: [{ title: '推行试点社区成立“物管委”' }],
      });
    },
    TIMEOUT,
  );

  it(
    'uses --name to label a target that is only a verb, and prints a readable Chinese list',
    async () => {
      const [json, readable] = await Promise.all([
        runCli(['extract-targets', '--text', '2024年覆盖约11.3万人。', '--name', '深入推进居民长期护理保险', '--json']),
        runCli(['extract-targets', '--text=开展送戏下乡文化惠民演出不少于150场；每学期开展1次心理辅导筛查。']),
      ]);
      expect(JSON.parse(json.stdout)).toEqual({
        targets: [
          {
            label: '覆盖居民长期护理保险',
            value: 113_000,
            unit: '人',
            kind: 'quantity',
            min: false,
            approx: true,
            text: '覆盖约11.3万人',
            confidence: 0.9,
          },
        ],
        milestones: [],
      });
      expect(readable.code).toBe(0);
      expect(readable.stdout).toContain('目标指标（2 项）');
      expect(readable.stdout).toContain('送戏下乡文化惠民演出：不少于 150 场（数量）');
      expect(readable.stdout).toContain('心理辅导筛查：1 次（标准，待核（置信度 0.6））');
    },
    TIMEOUT,
  );

  it(
    'rejects a missing text and unknown options with exit 2 and nothing on stdout',
    async () => {
      const [missing, unknown, help] = await Promise.all([
        runCli(['extract-targets', '--json']),
        runCli(['extract-targets', '--text', '新建2处食堂', '--yaml']),
        runCli(['extract-targets', '--help']),
      ]);
      expect(missing).toMatchObject({ code: 2, stdout: '' });
      expect(missing.stderr).toContain('缺少项目内容');
      expect(unknown).toMatchObject({ code: 2, stdout: '' });
      expect(unknown.stderr).toContain('未知选项“--yaml”');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('用法：minsheng extract-targets');
    },
    TIMEOUT,
  );
});
