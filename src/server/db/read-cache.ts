import type { Kysely } from 'kysely';
import { readDataVersion } from './data-version.repo';
import { LruMap } from './lru-map';
import type { DB } from './schema';

interface Entry {
  version: string;
  value: Promise<unknown>;
}

/** One cache per database handle (tests open many; a transaction is its own handle and so never shares a result). */
const caches = new WeakMap<Kysely<DB>, LruMap<string, Entry>>();

/**
 * A computed read (the master ledger of a plan as of a day) kept while the database's data version is unchanged
 * (src/server/db/data-version.repo.ts): a commit anywhere makes the next read compute afresh, so a cached answer is
 * never older than the data. Requests that miss at the same time share one computation. The value is frozen, deeply:
 * a caller that changed it would change every later answer, so it fails at once instead.
 */
export async function cachedRead<T>(db: Kysely<DB>, key: string, compute: () => Promise<T>): Promise<T> {
  if (db.isTransaction) return compute();
  let cache = caches.get(db);
  if (!cache) {
    cache = new LruMap(32);
    caches.set(db, cache);
  }
  const version = await readDataVersion(db);
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = compute().then(deepFreeze);
  const entry = { version, value };
  cache.set(key, entry);
  value.catch(() => cache.deleteIf(key, entry));
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
