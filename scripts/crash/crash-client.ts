/** The crash test's HTTP side: sign in through the real login route, submit a weekly update with its Idempotency-Key. */
import type { SignedIn } from '../lib/http-session';
import type { CrashSubmission } from './crash-world';

/** What came back for one submission: a status and body, or no answer at all (the server died first). */
export type Answer = { kind: 'answered'; status: number; body: string; isReplayed: boolean } | { kind: 'no-answer'; error: string };

/** POST /weekly/:id/submit with the submission's key; an answer counts only once its whole body has arrived. */
export async function submitWeekly(baseUrl: string, session: SignedIn, submission: CrashSubmission, key: string): Promise<Answer> {
  try {
    const res = await fetch(`${baseUrl}/api/v1/weekly/${submission.updateId}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'idempotency-key': key },
      body: JSON.stringify({ version: submission.version }),
      // a server that hangs instead of dying must not hang the test
      signal: AbortSignal.timeout(120_000),
    });
    const body = await res.text();
    return { kind: 'answered', status: res.status, body, isReplayed: res.headers.get('idempotent-replayed') === 'true' };
  } catch (error) {
    return { kind: 'no-answer', error: error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error) };
  }
}

/**
 * Submit as a client does after a timeout: again with the same key while no answer comes (a connection refused or
 * reset under a burst of 1,000), at most `attempts` times.
 */
export async function submitUntilAnswered(baseUrl: string, session: SignedIn, submission: CrashSubmission, key: string, attempts = 5): Promise<Answer> {
  let answer = await submitWeekly(baseUrl, session, submission, key);
  for (let attempt = 1; attempt < attempts && answer.kind === 'no-answer'; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    answer = await submitWeekly(baseUrl, session, submission, key);
  }
  return answer;
}
