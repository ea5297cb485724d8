import { describe, expect, it } from 'vitest';
import type { NoticeDraft, NoticeDraftProject } from '../../../contract/imports.contract';
import { draftBody, draftCorrections } from './draft-corrections';
import { firstSentence, headingText, rowDoubts, suggestSplitAt } from './draft-rows';
import { draftReducer, draftStateFrom } from './notice-draft.reducer';
import type { DraftAction, DraftState } from './notice-draft.types';

function project(seq: number, name: string, content: string, leadUnits: string[], extra: Partial<NoticeDraftProject> = {}): NoticeDraftProject {
  return {
    seq,
    name,
    content,
    leadUnits,
    coUnits: [],
    category: null,
    location: null,
    deadline: null,
    investment: null,
    confidence: 1,
    warnings: [],
    sourceLabel: null,
    ...extra,
  };
}

const source: NoticeDraft = {
  fileName: '粘贴的文本',
  plan: { title: '2025年区政府民生实事', docNumber: null, issuer: null, year: 2025, issueDate: null },
  projects: [
    project(1, '教育', '一、教育（2项）', [], { confidence: 0.4, warnings: ['未找到责任单位'] }),
    project(2, '新建幼儿园', '新建幼儿园3所', ['区教育局'], { coUnits: ['区财政局'] }),
    project(3, '新增停车泊位', '新增公共停车泊位500个 4完善社区养老服务', ['区民政局'], { confidence: 0.6, warnings: ['一行里可能有两个项目'] }),
  ],
  warnings: [],
};

const run = (...actions: DraftAction[]): DraftState => actions.reduce(draftReducer, draftStateFrom(source));

describe('draft rows', () => {
  it('suggests the split before the next item number, not inside a target', () => {
    const content = '新增公共停车泊位500个 4完善社区养老服务';
    expect(suggestSplitAt(content)).toBe(content.indexOf('4完善'));
    expect(suggestSplitAt('全年完成12个，12月底前完成')).toBeNull();
  });

  it('takes the first sentence as a name, without the item number', () => {
    expect(firstSentence('4完善社区养老服务，新建日间照料中心5处。')).toBe('完善社区养老服务');
    expect(firstSentence('3 .新增公共停车泊位500个')).toBe('新增公共停车泊位500个');
  });

  it('reads a heading without its number and count', () => {
    expect(headingText({ name: '', content: '一、教育（2项）' })).toBe('教育');
  });

  it('flags the reader’s doubts until checked, and a missing lead unit until fixed', () => {
    const state = run({ type: 'check', key: 'r0' });
    expect(rowDoubts(state.rows[0]!)).toEqual(['缺少主办单位，请补填']);
    expect(rowDoubts(run().rows[0]!)).toEqual(['未找到责任单位']);
    expect(rowDoubts(run().rows[2]!)).toEqual(['一行里可能有两个项目']);
    // the reader's "no lead unit" is answered by typing one in; its other doubts stay until checked
    expect(rowDoubts(run({ type: 'edit', key: 'r0', patch: { leadUnits: ['区教育局'] } }).rows[0]!)).toEqual([]);
  });
});

describe('draftReducer', () => {
  it('splits a row at the cursor and renumbers the rows', () => {
    const content = source.projects[2]!.content;
    const state = run({ type: 'split', key: 'r2', at: content.indexOf('4完善') });
    expect(state.rows.map((row) => [row.seq, row.name, row.content])).toEqual([
      [1, '教育', '一、教育（2项）'],
      [2, '新建幼儿园', '新建幼儿园3所'],
      [3, '新增停车泊位', '新增公共停车泊位500个'],
      [4, '完善社区养老服务', '完善社区养老服务'],
    ]);
    expect(state.rows[3]!.leadUnits).toEqual(['区民政局']);
    expect(state.rows[3]!.origin).toBeNull();
  });

  it('turns a heading row into the category of the rows below it', () => {
    const state = run({ type: 'heading', key: 'r0' });
    expect(state.rows.map((row) => [row.seq, row.category])).toEqual([
      [1, '教育'],
      [2, '教育'],
    ]);
  });

  it('merges a row with the next and unites the units', () => {
    const state = run({ type: 'merge', key: 'r1' });
    expect(state.rows).toHaveLength(2);
    expect(state.rows[1]!.content).toBe('新建幼儿园3所\n新增公共停车泊位500个 4完善社区养老服务');
    expect(state.rows[1]!.leadUnits).toEqual(['区教育局', '区民政局']);
  });

  it('records the corrections against the draft as read', () => {
    const state = run(
      { type: 'edit', key: 'r1', patch: { leadUnits: ['区教育局', '区住建局'] } },
      { type: 'delete', key: 'r0' },
      { type: 'plan', patch: { docNumber: '区政发〔2025〕3号' } },
    );
    expect(draftCorrections(state)).toEqual([
      { seq: null, field: 'plan.docNumber', before: null, after: '区政发〔2025〕3号' },
      { seq: 1, field: 'delete', before: '教育', after: null },
      { seq: 2, field: 'seq', before: '2', after: '1' },
      { seq: 2, field: 'leadUnits', before: '区教育局', after: '区教育局、区住建局' },
      { seq: 3, field: 'seq', before: '3', after: '2' },
    ]);
    const body = draftBody(state);
    expect(body.projects[0]).not.toHaveProperty('key');
    expect(body.projects.map((row) => row.seq)).toEqual([1, 2]);
  });
});
