import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JINGKAI_2024_UNITS } from '../domain/notice/jingkai-2024.expected';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/minsheng.mjs', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real launcher (node bin/minsheng.mjs), from another directory to prove it does not depend on cwd. */
function runCli(args: string[], cwd = '/'): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

const TIMEOUT = 60_000;

describe('minsheng parse-notice --json', () => {
  it(
    'prints the documented JSON for the text, Word and Excel notices',
    async () => {
      const [txt, docx, xlsx] = await Promise.all(
        ['notice-2024-jingkai.txt', 'notice-2024-jingkai.docx', 'notice-2024-jingkai.xlsx'].map((name) => runCli(['parse-notice', fixture(name), '--json'])),
      );
      for (const run of [txt, docx, xlsx]) {
        expect(run?.code).toBe(0);
        expect(run?.stderr).toBe('');
      }
      const parsed = JSON.parse(txt?.stdout ?? '') as Record<string, unknown> & {
        projects: Array<Record<string, unknown>>;
      };
      expect(Object.keys(parsed)).toEqual(['plan', 'projects', 'warnings']);
      expect(parsed.plan).toEqual({
        title: '关于办好2024年“重点民生实事”的通知',
        docNumber: '济开管发〔2024〕1号',
        issuer: '济宁经济开发区管理委员会',
        year: 2024,
      });
      expect(parsed.warnings).toEqual([]);
      expect(parsed.projects).toHaveLength(27);
      for (const project of parsed.projects) {
        expect(Object.keys(project)).toEqual(['seq', 'name', 'content', 'leadUnits', 'coUnits', 'category', 'confidence', 'warnings', 'targets', 'milestones']);
      }
      expect(parsed.projects.map(({ seq, leadUnits, coUnits }) => ({ seq, leadUnits, coUnits }))).toEqual(JINGKAI_2024_UNITS);
      expect(parsed.projects[0]).toEqual({
        seq: 1,
        name: '方便群众新能源汽车充电',
        content: '全区新改建充电桩110座。',
        leadUnits: JINGKAI_2024_UNITS[0]?.leadUnits,
        coUnits: JINGKAI_2024_UNITS[0]?.coUnits,
        category: null,
        confidence: 1,
        warnings: [],
        targets: [
          {
            label: '新改建充电桩',
            value: 110,
            unit: '座',
            kind: 'quantity',
            min: false,
            approx: false,
            text: '全区新改建充电桩110座',
            confidence: 1,
          },
        ],
        milestones: [],
      });
      const targetKeys = ['label', 'value', 'unit', 'kind', 'min', 'approx', 'text', 'confidence'];
      for (const project of parsed.projects as Array<{ targets: Array<Record<string, unknown>>; milestones: object[] }>) {
        for (const target of project.targets) {
          expect(Object.keys(target)).toEqual('parent' in target ? [...targetKeys, 'parent'] : targetKeys);
        }
        for (const milestone of project.milestones) expect(Object.keys(milestone)).toEqual(['title']);
      }
      expect(parsed.projects[2]).toMatchObject({
        targets: [
          { value: 113, unit: '个' },
          { value: 32, unit: '个', parent: 0 },
          { value: 2, unit: '处' },
        ],
      });
      expect(parsed.projects[18]).toMatchObject({
        targets: [],
        milestones: [{ title: expect.stringContaining('嘉兴路') }, { title: '2024年供热管网工程' }, {}, {}],
      });
      const projectsOf = (stdout: string | undefined) => (JSON.parse(stdout ?? '') as { projects: unknown[] }).projects;
      expect(projectsOf(docx?.stdout)).toEqual(parsed.projects);
      expect(projectsOf(xlsx?.stdout)).toEqual(parsed.projects);
    },
    TIMEOUT,
  );

  it(
    'rejects every bad input with exit 2, the message with file name on stderr and nothing on stdout',
    async () => {
      const cases: Array<[string, string]> = [
        ['notice-empty.txt', '文件为空'],
        ['notice-not-a-notice.txt', '未找到项目汇总表'],
        ['notice-bad-seq.txt', '第 77 行：序号“六”不是数字'],
        ['notice-duplicate-seq.txt', '第 62 行：序号 3 重复（第 50 行已有）'],
        ['notice-missing-lead.txt', '第 70 行（序号 5）：缺少主办单位'],
        ['notice-missing-lead-column.xlsx', '工作表“项目表”第 3 行：项目汇总表的表头缺少“主办单位”列'],
      ];
      const runs = await Promise.all(cases.map(([name]) => runCli(['parse-notice', fixture(name), '--json'])));
      cases.forEach(([name, message], index) => {
        const run = runs[index];
        expect(run, name).toMatchObject({ code: 2, stdout: '' });
        expect(run?.stderr, name).toContain(name);
        expect(run?.stderr, name).toContain(message);
      });
    },
    TIMEOUT,
  );

  it(
    'reports a missing file with exit 2',
    async () => {
      const run = await runCli(['parse-notice', 'no-such-notice.txt', '--json']);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toContain('找不到文件“no-such-notice.txt”');
    },
    TIMEOUT,
  );
});

describe('minsheng parse-notice on the other layouts', () => {
  it(
    'reads the numbered-paragraph notice and the task table with their targets',
    async () => {
      const [numbered, table] = await Promise.all(
        ['notice-2025-numbered.txt', 'notice-2025-table.xlsx'].map((name) => runCli(['parse-notice', fixture(name), '--json'])),
      );
      type Parsed = { plan: { title: string; year: number }; projects: Array<{ seq: number; targets: Array<{ value: number; unit: string }> }> };
      const numberedJson = JSON.parse(numbered?.stdout ?? '') as Parsed;
      const tableJson = JSON.parse(table?.stdout ?? '') as Parsed;
      expect(numberedJson.plan).toMatchObject({ title: '关于印发青阳区2025年民生实事项目的通知', year: 2025 });
      expect(numberedJson.projects.map((project) => project.seq)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
      expect(numberedJson.projects[0]?.targets.map((target) => target.value)).toEqual([3, 1080, 120]);
      expect(tableJson.plan).toMatchObject({ title: '临水区2025年为民办实事项目任务分解表', year: 2025 });
      expect(tableJson.projects).toHaveLength(15);
      expect(tableJson.projects[0]?.targets.map((target) => [target.value, target.unit])).toEqual([
        [3800, '人'],
        [3.5, '%'],
        [120_000_000, '元'],
      ]);
    },
    TIMEOUT,
  );
});

describe('minsheng without --json and other commands', () => {
  it(
    'prints a readable Chinese summary',
    async () => {
      const run = await runCli(['parse-notice', 'fixtures/notice-2024-jingkai.txt'], repoRoot);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('文号：济开管发〔2024〕1号');
      expect(run.stdout).toContain('项目：共 27 个');
      expect(run.stdout).toMatch(/ 25 {2}为独居老人安装火灾探测报警器/);
      expect(run.stdout).toContain('目标指标：共 37 项');
    },
    TIMEOUT,
  );

  it(
    'prints help in Chinese and rejects unknown commands and options',
    async () => {
      const [help, unknown, badOption] = await Promise.all([
        runCli(['help']),
        runCli(['frobnicate']),
        runCli(['parse-notice', fixture('notice-2024-jingkai.txt'), '--yaml']),
      ]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('parse-notice');
      expect(help.stdout).toContain('extract-targets');
      expect(help.stdout).toContain('用法');
      expect(unknown).toMatchObject({ code: 2, stdout: '' });
      expect(unknown.stderr).toContain('未知命令“frobnicate”');
      expect(badOption).toMatchObject({ code: 2, stdout: '' });
      expect(badOption.stderr).toContain('未知选项“--yaml”');
    },
    TIMEOUT,
  );
});
