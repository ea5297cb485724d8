/**
 * 差额票决: deputies choose N of M candidates (N < M). The rules, stated once:
 * - a ballot names at least 1 and at most N different candidates of the session (少选有效, 多选无效: a ballot naming
 *   more than N is refused, never counted);
 * - candidates are ranked by votes (equal votes share a rank); the N with the most votes are 当选;
 * - when candidates are tied at the cut (the N-th and the (N+1)-th have the same votes), the result is 待定: the
 *   督查室 declares which of the tied candidates fill the remaining seats (e.g. after a 再次票决 among them), and the
 *   result cannot be published or turned into a plan before that.
 */

export interface TallyCandidate {
  id: number;
  /** order on the ballot paper; breaks display order among equal votes, never the election */
  seq: number;
}

export interface TallyRow {
  candidateId: number;
  votes: number;
  /** 1-based competition rank: equal votes share a rank */
  rank: number;
  elected: boolean;
}

export interface Tally {
  rows: TallyRow[];
  /** candidates tied at the cut and how many of them are 当选; null when the cut is clear */
  tie: { candidateIds: number[]; seats: number } | null;
  /** false while a tie at the cut awaits the 督查室's decision */
  resolved: boolean;
  electedIds: number[];
}

/** Why a ballot is refused (Chinese), or null when it may be counted. */
export function ballotProblem(choiceIds: number[], candidateIds: number[], chooseCount: number): string | null {
  if (choiceIds.length === 0) return '请至少选择 1 个候选项目。';
  if (new Set(choiceIds).size !== choiceIds.length) return '同一候选项目只能选择一次。';
  if (choiceIds.length > chooseCount) return `本次票决最多选择 ${chooseCount} 个项目，您选择了 ${choiceIds.length} 个，选票无效，请减少后重新提交。`;
  const known = new Set(candidateIds);
  if (choiceIds.some((id) => !known.has(id))) return '选票中有不属于本次票决的项目，请刷新后重新选择。';
  return null;
}

/** Count the ballots; `tieBreak` is the 督查室's choice among the tied candidates (null: not decided). */
export function tallyVotes(candidates: TallyCandidate[], ballots: number[][], chooseCount: number, tieBreak: number[] | null): Tally {
  const votes = new Map(candidates.map((c) => [c.id, 0]));
  for (const ballot of ballots) for (const id of ballot) if (votes.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
  const sorted = [...candidates].sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0) || a.seq - b.seq);
  const countOf = (id: number) => votes.get(id) ?? 0;
  const rankOf = (id: number) => 1 + sorted.filter((c) => countOf(c.id) > countOf(id)).length;

  let elected: Set<number>;
  let tie: Tally['tie'] = null;
  let resolved = true;
  if (sorted.length <= chooseCount) {
    elected = new Set(sorted.map((c) => c.id));
  } else {
    const cutVotes = countOf(sorted[chooseCount - 1]!.id);
    const above = sorted.filter((c) => countOf(c.id) > cutVotes).map((c) => c.id);
    const atCut = sorted.filter((c) => countOf(c.id) === cutVotes).map((c) => c.id);
    if (above.length + atCut.length === chooseCount) {
      elected = new Set([...above, ...atCut]);
    } else {
      const seats = chooseCount - above.length;
      tie = { candidateIds: atCut, seats };
      const decided = tieBreak !== null && tieBreakProblem(tieBreak, tie) === null;
      resolved = decided;
      elected = new Set(decided ? [...above, ...tieBreak] : above);
    }
  }
  const rows = sorted.map((c) => ({ candidateId: c.id, votes: countOf(c.id), rank: rankOf(c.id), elected: elected.has(c.id) }));
  return { rows, tie, resolved, electedIds: rows.filter((r) => r.elected).map((r) => r.candidateId) };
}

/** Why the 督查室's tie decision does not fit the tie (Chinese), or null. */
export function tieBreakProblem(chosen: number[], tie: { candidateIds: number[]; seats: number }): string | null {
  if (new Set(chosen).size !== chosen.length) return '同一项目只能选择一次。';
  if (chosen.some((id) => !tie.candidateIds.includes(id))) return '只能在得票相同的项目中确定当选项目。';
  if (chosen.length !== tie.seats) return `得票相同的项目中应确定 ${tie.seats} 个当选，您选择了 ${chosen.length} 个。`;
  return null;
}
