import { describe, expect, it } from 'vitest';
import { ballotProblem, tallyVotes } from './vote-tally';

const candidates = [1, 2, 3, 4, 5].map((id) => ({ id, seq: id }));

describe('差额票决 tally', () => {
  it('elects the N with most votes, equal votes sharing a rank', () => {
    const tally = tallyVotes(candidates, [[1, 2], [1, 3], [1, 2], [4]], 2, null);
    expect(tally.rows.map((r) => [r.candidateId, r.votes, r.rank, r.elected])).toEqual([
      [1, 3, 1, true],
      [2, 2, 2, true],
      [3, 1, 3, false],
      [4, 1, 3, false],
      [5, 0, 5, false],
    ]);
    expect(tally).toMatchObject({ tie: null, resolved: true, electedIds: [1, 2] });
  });

  it('leaves a tie at the cut unresolved until the 督查室 decides among the tied', () => {
    const ballots = [[1, 2], [1, 3], [4]];
    const open = tallyVotes(candidates, ballots, 2, null);
    expect(open).toMatchObject({ tie: { candidateIds: [2, 3, 4], seats: 1 }, resolved: false, electedIds: [1] });
    const decided = tallyVotes(candidates, ballots, 2, [3]);
    expect(decided).toMatchObject({ resolved: true, electedIds: [1, 3] });
    expect(tallyVotes(candidates, ballots, 2, [5]).resolved).toBe(false);
  });

  it('refuses a ballot with more than N, none, a repeat or a stranger; accepts fewer than N', () => {
    const ids = candidates.map((c) => c.id);
    expect(ballotProblem([1, 2, 3], ids, 2)).toContain('最多选择 2 个');
    expect(ballotProblem([], ids, 2)).toContain('至少选择 1 个');
    expect(ballotProblem([1, 1], ids, 2)).toContain('只能选择一次');
    expect(ballotProblem([9], ids, 2)).toContain('不属于本次票决');
    expect(ballotProblem([1], ids, 2)).toBeNull();
  });
});
