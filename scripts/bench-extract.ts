/**
 * Accuracy benchmark of target extraction (npm run bench:extract): reads each notice fixture, extracts the
 * targets and milestones of every project and compares them with the expectations written by hand in
 * benchmarks/extract/. Prints precision and recall per notice and overall, every miss and false positive,
 * and exits 1 when an overall figure is below 0.95.
 */
import { readFile } from 'node:fs/promises';
import { JINGKAI_2024_EXPECTED } from '../benchmarks/extract/expected-jingkai-2024';
import { NUMBERED_2025_EXPECTED } from '../benchmarks/extract/expected-2025-numbered';
import { TABLE_2025_EXPECTED } from '../benchmarks/extract/expected-2025-table';
import type { ExpectedNotice } from '../benchmarks/extract/expected.types';
import { ratio, scoreProject } from '../benchmarks/extract/extraction-score';
import type { ProjectScore } from '../benchmarks/extract/extraction-score';
import { displayWidth } from '../src/cli/notice-summary.formatter';
import { extractTargets } from '../src/domain/targets/extract-targets';
import { readNoticeFile } from '../src/server/notice-files/read-notice-file';

const THRESHOLD = 0.95;
const NOTICES: ExpectedNotice[] = [JINGKAI_2024_EXPECTED, NUMBERED_2025_EXPECTED, TABLE_2025_EXPECTED];

type Totals = Omit<ProjectScore, 'seq' | 'misses' | 'falsePositives' | 'notes'>;

function sum(scores: Totals[]): Totals {
  const total: Totals = { targetsExpected: 0, targetsFound: 0, targetsMatched: 0, milestonesExpected: 0, milestonesFound: 0, milestonesMatched: 0 };
  for (const score of scores) {
    for (const key of Object.keys(total) as Array<keyof Totals>) total[key] += score[key];
  }
  return total;
}

async function scoreNotice(expected: ExpectedNotice): Promise<ProjectScore[]> {
  const file = new URL(`../fixtures/${expected.file}`, import.meta.url);
  const notice = await readNoticeFile(await readFile(file), expected.file);
  const seqs = notice.projects.map((project) => project.seq).join(',');
  const expectedSeqs = expected.projects.map((project) => project.seq).join(',');
  if (seqs !== expectedSeqs) throw new Error(`${expected.file}: projects ${seqs}, expectations for ${expectedSeqs}`);
  return expected.projects.map((want, index) => {
    const project = notice.projects[index];
    if (project === undefined) throw new Error(`${expected.file}: no project ${want.seq}`);
    return scoreProject(want, extractTargets(project.content, { projectName: project.name }));
  });
}

const format = (value: number): string => value.toFixed(3);
/** Pads by display width, so Chinese cells line up in a terminal. */
const row = (cells: string[], widths: number[]): string =>
  cells
    .map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 8) - displayWidth(cell))))
    .join('  ')
    .trimEnd();

const results: Array<{ name: string; totals: Totals }> = [];
const details: string[] = [];
for (const expected of NOTICES) {
  const scores = await scoreNotice(expected);
  results.push({ name: expected.name, totals: sum(scores) });
  for (const score of scores) {
    const lines = [
      ...score.misses.map((miss) => `    漏检 miss: ${miss}`),
      ...score.falsePositives.map((extra) => `    误检 false positive: ${extra}`),
      ...score.notes.map((note) => `    属性 attribute: ${note}`),
    ];
    if (lines.length > 0) details.push(`  ${expected.name} #${score.seq}`, ...lines);
  }
}
const overall = sum(results.map((result) => result.totals));
results.push({ name: '合计 overall', totals: overall });

const widths = [28, 13, 7, 7, 13, 7, 7];
console.log('目标抽取准确率 / target extraction accuracy\n');
console.log(row(['通知 notice', '目标 exp/got', '目标 P', '目标 R', '节点 exp/got', '节点 P', '节点 R'], widths));
for (const { name, totals } of results) {
  console.log(
    row(
      [
        name,
        `${totals.targetsExpected}/${totals.targetsFound}`,
        format(ratio(totals.targetsMatched, totals.targetsFound)),
        format(ratio(totals.targetsMatched, totals.targetsExpected)),
        `${totals.milestonesExpected}/${totals.milestonesFound}`,
        format(ratio(totals.milestonesMatched, totals.milestonesFound)),
        format(ratio(totals.milestonesMatched, totals.milestonesExpected)),
      ],
      widths,
    ),
  );
}
console.log(details.length > 0 ? `\n差异 differences:\n${details.join('\n')}` : '\n无差异 no differences');
const figures = [
  ratio(overall.targetsMatched, overall.targetsFound),
  ratio(overall.targetsMatched, overall.targetsExpected),
  ratio(overall.milestonesMatched, overall.milestonesFound),
  ratio(overall.milestonesMatched, overall.milestonesExpected),
];
if (figures.some((figure) => figure < THRESHOLD)) {
  console.log(`\n低于 ${THRESHOLD} / below ${THRESHOLD}`);
  process.exitCode = 1;
}
