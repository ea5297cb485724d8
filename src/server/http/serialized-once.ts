import zlib from 'node:zlib';
import type { FastifyReply } from 'fastify';

interface Body {
  json: Buffer;
  /** made on the first request that accepts it */
  gzip?: Buffer;
}

const bodies = new WeakMap<object, Map<string, Body>>();
/** Smaller answers are not worth compressing. */
const GZIP_FROM_BYTES = 1024;

/** Whether an Accept-Encoding header accepts gzip (browsers send "gzip, deflate, br"; "gzip;q=0" refuses it). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/**
 * Answer with JSON built from a value the read cache keeps (frozen, src/server/db/read-cache.ts): the route's
 * serializer (its zod response schema: checked, then stringified) runs once per kept value and answer kind, and its
 * gzip once when a browser accepts it (a province's ledger is 0.8 MB of JSON, a tenth of that compressed); later
 * requests get the same bytes. A value that is not kept (filtered, computed afresh) is serialised every time.
 */
export function sendSerializedOnce(reply: FastifyReply, source: object, kind: string, payload: () => unknown): FastifyReply {
  let byKind = bodies.get(source);
  let body = byKind?.get(kind);
  if (body === undefined) {
    const text = reply.serialize(payload());
    body = { json: typeof text === 'string' ? Buffer.from(text) : Buffer.from(text as Uint8Array) };
    if (Object.isFrozen(source)) {
      if (!byKind) {
        byKind = new Map();
        bodies.set(source, byKind);
      }
      byKind.set(kind, body);
    }
  }
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (body.json.length >= GZIP_FROM_BYTES && acceptsGzip(reply.request.headers['accept-encoding'])) {
    body.gzip ??= zlib.gzipSync(body.json);
    return reply.header('content-encoding', 'gzip').send(body.gzip);
  }
  return reply.send(body.json);
}
