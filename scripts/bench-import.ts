/**
 * Accuracy benchmark of notice reading on real published lists (npm run bench:import): reads every
 * fixtures/notices-real/*.txt with the draft reader and compares it with the hand-written *.expected.json:
 * projects found, names exact, lead units exact, co-units exact, targets precision/recall. Prints the figures
 * per file and in total, then every difference with `--details`; `--only h-` scores one group of files.
 */
import { readdir, readFile } from 'node:fs/promises';
import { scoreProject } from '../benchmarks/extract/extraction-score';
import type { ExpectedTarget } from '../benchmarks/extract/expected.types';
import { displayWidth } from '../src/cli/notice-summary.formatter';
import { compactText } from '../src/domain/notice/notice-header.parser';
import { readNoticeDraft } from '../src/domain/notice/notice-draft.reader';
import { normaliseUnitName } from '../src/domain/notice/unit-name';
import { extractTargets } from '../src/domain/targets/extract-targets';

interface ExpectedFile {
  source: string;
  family: string;
  projects: Array<{ seq: number; name: string | null; leadUnits: string[]; coUnits: string[]; targets: ExpectedTarget[] }>;
}

const dir = new URL('../fixtures/notices-real/', import.meta.url);
const showDetails = process.argv.includes('--details');
/** `--only h-` scores only the files whose name starts with h- (the held-out set) */
const only = process.argv[process.argv.indexOf('--only') + 1];
const prefix = process.argv.includes('--only') && only !== undefined ? only : '';
const sameName = (a: string, b: string) => {
  const clean = (s: string) =>
    compactText(s)
      .replace(/[“”"'‘’《》。：:，,；;]/g, '')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）');
  return clean(a) === clean(b);
};
const sameUnits = (a: string[], b: string[]) => {
  const norm = (list: string[]) => list.map(normaliseUnitName).sort().join('|');
  return norm(a) === norm(b);
};

/** 7.58亿元 and 758000000元 are one amount: both sides are compared in base units (元, 个, 亩…). */
function baseUnit<T extends { value: number; unit: string }>(target: T): T {
  const match = /^(亿|億|万|萬)(.+)$/.exec(target.unit);
  if (match === null) return target;
  const factor = match[1] === '亿' || match[1] === '億' ? 1e8 : 1e4;
  return { ...target, value: Math.round(target.value * factor * 100) / 100, unit: match[2] ?? '' };
}

const totals = { files: 0, refused: 0, expected: 0, found: 0, extra: 0, names: 0, namesExact: 0, lead: 0, co: 0, tExp: 0, tFound: 0, tMatch: 0, tLoose: 0 };
const rows: string[][] = [];
const details: string[] = [];
const files = (await readdir(dir)).filter((name) => name.endsWith('.txt') && name.startsWith(prefix)).sort();
for (const file of files) {
  const expected = JSON.parse(await readFile(new URL(file.replace(/\.txt$/, '.expected.json'), dir), 'utf8')) as ExpectedFile;
  const text = await readFile(new URL(file, dir), 'utf8');
  totals.files += 1;
  let projects: ReturnType<typeof readNoticeDraft>['projects'] = [];
  try {
    projects = readNoticeDraft(text).projects;
  } catch (error) {
    totals.refused += 1;
    details.push(`${file}: 拒绝 refused — ${(error as Error).message}`);
  }
  const f = { found: 0, names: 0, namesExact: 0, lead: 0, co: 0, tExp: 0, tFound: 0, tMatch: 0, tLoose: 0 };
  for (const want of expected.projects) {
    const got = projects.find((project) => project.seq === want.seq);
    if (got === undefined) {
      details.push(`${file} #${want.seq}: 未找到 missing`);
      f.tExp += want.targets.length;
      if (want.name !== null) f.names += 1;
      continue;
    }
    f.found += 1;
    if (want.name !== null) {
      f.names += 1;
      if (sameName(got.name, want.name)) f.namesExact += 1;
      else details.push(`${file} #${want.seq}: 名称 name “${got.name}” ≠ “${want.name}”`);
    }
    if (sameUnits(got.leadUnits, want.leadUnits)) f.lead += 1;
    else details.push(`${file} #${want.seq}: 牵头 lead [${got.leadUnits.join('、')}] ≠ [${want.leadUnits.join('、')}]`);
    if (sameUnits(got.coUnits, want.coUnits)) f.co += 1;
    else details.push(`${file} #${want.seq}: 配合 co [${got.coUnits.join('、')}] ≠ [${want.coUnits.join('、')}]`);
    const extraction = extractTargets(got.content, { projectName: got.name });
    const wanted = { seq: want.seq, targets: want.targets.map(baseUnit), milestones: [] };
    const got2 = { ...extraction, targets: extraction.targets.map(baseUnit) };
    const score = scoreProject(wanted, got2);
    f.tLoose += scoreProject(wanted, got2, 'in-order').targetsMatched;
    f.tExp += score.targetsExpected;
    f.tFound += score.targetsFound;
    f.tMatch += score.targetsMatched;
    for (const miss of score.misses) details.push(`${file} #${want.seq}: 漏检 target miss ${miss}`);
    for (const extra of score.falsePositives) details.push(`${file} #${want.seq}: 误检 target extra ${extra}`);
  }
  const extra = Math.max(0, projects.length - f.found);
  const n = expected.projects.length;
  totals.expected += n;
  totals.found += f.found;
  totals.extra += extra;
  totals.names += f.names;
  totals.namesExact += f.namesExact;
  totals.lead += f.lead;
  totals.co += f.co;
  totals.tExp += f.tExp;
  totals.tFound += f.tFound;
  totals.tMatch += f.tMatch;
  totals.tLoose += f.tLoose;
  rows.push([
    file.replace(/\.txt$/, ''),
    expected.family,
    `${f.found}/${n}`,
    String(extra),
    `${f.namesExact}/${f.names}`,
    `${f.lead}/${n}`,
    `${f.co}/${n}`,
    `${f.tMatch}/${f.tFound}/${f.tExp}`,
  ]);
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
const precision = totals.tFound === 0 ? 0 : totals.tMatch / totals.tFound;
const recall = totals.tExp === 0 ? 0 : totals.tMatch / totals.tExp;
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
const looseP = totals.tFound === 0 ? 0 : totals.tLoose / totals.tFound;
const looseR = totals.tExp === 0 ? 0 : totals.tLoose / totals.tExp;
const looseF1 = looseP + looseR === 0 ? 0 : (2 * looseP * looseR) / (looseP + looseR);
const widths = [22, 14, 9, 6, 9, 9, 9, 14];
const line = (cells: string[]) =>
  cells
    .map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 8) - displayWidth(cell))))
    .join(' ')
    .trimEnd();
console.log('通知识别准确率 / notice reading accuracy on real published lists\n');
console.log(line(['文件 file', '版式 layout', '项目 found', '多余', '名称 name', '牵头 lead', '配合 co', '目标 ok/got/exp']));
for (const row of rows) console.log(line(row));
console.log(
  `\n合计 total: ${totals.files} files, refused ${totals.refused}; projects found ${pct(totals.found, totals.expected)} (${totals.found}/${totals.expected}, extra ${totals.extra}); ` +
    `names exact ${pct(totals.namesExact, totals.names)}; lead exact ${pct(totals.lead, totals.expected)}; co exact ${pct(totals.co, totals.expected)}; ` +
    `targets P ${(precision * 100).toFixed(1)}% R ${(recall * 100).toFixed(1)}% F1 ${(f1 * 100).toFixed(1)}%` +
    ` (labels with the same words in order: F1 ${(looseF1 * 100).toFixed(1)}%)`,
);
if (showDetails) console.log(`\n${details.join('\n')}`);
