/** What the scripts that drive a real server over HTTP share (crash test, load benchmark). */

/** A signed-in session as a browser holds it: the cookie header and the CSRF token for writes. */
export interface SignedIn {
  cookie: string;
  csrfToken: string;
}

/** Sign in through the real login route (successful sign-ins are not rate-limited; failed ones are, per address). */
export async function signIn(baseUrl: string, username: string, password: string): Promise<SignedIn> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrfToken: body.csrfToken };
}

/** Run `work` over `items` with at most `limit` at a time; results in the items' order. */
export async function inBatches<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  });
  await Promise.all(lanes);
  return results;
}
