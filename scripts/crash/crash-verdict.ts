/** The crash test's verdict: what the database holds for each submission, counted against what the client was told. */
import type { Kysely } from 'kysely';
import type { DB } from '../../src/server/db/schema';
import type { Answer } from './crash-client';
import { countSubmitAudits, countSubmittedNotices, listPlanRevisions, listStoredKeys } from './crash-check.repo';
import type { CrashSubmission, CrashWorld } from './crash-world';

/** One submission as the database holds it. */
export interface Stored {
  /** the week has one revision, status submitted, one submit audit row, one notification and its stored key */
  isSubmittedOnce: boolean;
  /** the week has the submission at all (status submitted) */
  isSubmitted: boolean;
  /** a second revision, audit row or notification of the week */
  isDuplicated: boolean;
  /** parts of one write without the others (the submission without its key, or the key without the submission) */
  isTorn: boolean;
}

/** Read what the database holds for every submission of the world. */
export async function readStored(db: Kysely<DB>, world: CrashWorld, keys: string[]): Promise<Stored[]> {
  const revisions = new Map<string, { id: number; status: string }[]>();
  for (const r of await listPlanRevisions(db, world.planId)) {
    const week = `${r.project_id}|${r.week}`;
    revisions.set(week, [...(revisions.get(week) ?? []), r]);
  }
  const audits = await countSubmitAudits(db);
  const notices = await countSubmittedNotices(db);
  const stored = await listStoredKeys(
    db,
    world.users.map((u) => u.id),
  );
  return world.submissions.map((s: CrashSubmission, i) => {
    const rows = revisions.get(`${s.projectId}|${s.week}`) ?? [];
    const auditRows = audits.get(s.updateId) ?? 0;
    const noticeRows = notices.get(s.updateId) ?? 0;
    const hasKey = stored.get(`${s.userId}:${keys[i]}`) === 200;
    const isSubmitted = rows.length === 1 && rows[0]!.status === 'submitted';
    return {
      isSubmitted,
      isSubmittedOnce: isSubmitted && auditRows === 1 && noticeRows === 1 && hasKey,
      isDuplicated: rows.length > 1 || auditRows > 1 || noticeRows > 1,
      isTorn: isSubmitted !== hasKey || (isSubmitted && (auditRows !== 1 || noticeRows !== 1)),
    };
  });
}

export interface Figures {
  sent: number;
  acknowledged: number;
  /** answered, but not with 200 (none expected) */
  refused: number;
  noAnswer: number;
  /** acknowledged and in the database exactly once */
  present: number;
  /** committed before the kill, but the answer never reached the client */
  committedUnacknowledged: number;
  duplicated: number;
  lost: number;
  torn: number;
  retried: number;
  /** retries answered 200, as the stored answer whenever the write had committed before the kill */
  retriedOk: number;
  /** the acknowledged ones sent again: the replay is byte-identical to the first answer */
  replayedIdentical: number;
  finalPresent: number;
  finalDuplicated: number;
  firstRefusal: string | null;
  firstFailedRetry: string | null;
}

const isOk = (a: Answer | undefined): a is Extract<Answer, { kind: 'answered' }> => a?.kind === 'answered' && a.status === 200;

/** Count the figures from the first round's answers, the state after the restart, the retries and the final state. */
export function countFigures(first: Answer[], afterRestart: Stored[], retries: Answer[], final: Stored[]): Figures {
  const refusals = first.filter((a) => a.kind === 'answered' && a.status !== 200);
  let retriedOk = 0;
  let replayedIdentical = 0;
  let firstFailedRetry: string | null = null;
  first.forEach((answer, i) => {
    const retry = retries[i];
    const wasCommitted = afterRestart[i]!.isSubmitted;
    // a committed write must come back as the stored answer; one that had not committed is written now (or, when
    // an answer of this round was lost too, replayed from that)
    if (isOk(retry) && (retry.isReplayed || !wasCommitted)) retriedOk++;
    else firstFailedRetry ??= retry?.kind === 'answered' ? `${retry.status} ${retry.body.slice(0, 300)}` : (retry?.error ?? 'not sent');
    if (!isOk(retry)) return;
    if (isOk(answer) && retry.isReplayed && retry.body === answer.body) replayedIdentical++;
  });
  return {
    sent: first.length,
    acknowledged: first.filter(isOk).length,
    refused: refusals.length,
    noAnswer: first.filter((a) => a.kind === 'no-answer').length,
    present: first.filter((a, i) => isOk(a) && afterRestart[i]!.isSubmittedOnce).length,
    committedUnacknowledged: first.filter((a, i) => !isOk(a) && afterRestart[i]!.isSubmitted).length,
    duplicated: afterRestart.filter((s) => s.isDuplicated).length,
    lost: first.filter((a, i) => isOk(a) && !afterRestart[i]!.isSubmittedOnce).length,
    torn: afterRestart.filter((s) => s.isTorn).length,
    retried: retries.length,
    retriedOk,
    replayedIdentical,
    finalPresent: final.filter((s) => s.isSubmittedOnce).length,
    finalDuplicated: final.filter((s) => s.isDuplicated).length,
    firstRefusal: refusals[0]?.kind === 'answered' ? `${refusals[0].status} ${refusals[0].body.slice(0, 200)}` : null,
    firstFailedRetry,
  };
}

/** What is wrong with a run's figures (nothing: the run passes). */
export function problemsOf(f: Figures): string[] {
  const problems: string[] = [];
  if (f.lost > 0) problems.push(`${f.lost} acknowledged submissions lost`);
  if (f.duplicated > 0 || f.finalDuplicated > 0) problems.push(`${Math.max(f.duplicated, f.finalDuplicated)} submissions duplicated`);
  if (f.torn > 0) problems.push(`${f.torn} submissions half-written`);
  if (f.refused > 0) problems.push(`${f.refused} submissions refused before the kill (${f.firstRefusal})`);
  if (f.noAnswer === 0) problems.push('the server answered everything before the kill: the crash proved nothing');
  if (f.retriedOk !== f.retried) problems.push(`${f.retried - f.retriedOk} retries after the restart failed (first: ${f.firstFailedRetry})`);
  if (f.replayedIdentical !== f.acknowledged) problems.push(`${f.acknowledged - f.replayedIdentical} replays differ from the first answer`);
  if (f.finalPresent !== f.sent) problems.push(`${f.sent - f.finalPresent} submissions missing after the retries`);
  return problems;
}
