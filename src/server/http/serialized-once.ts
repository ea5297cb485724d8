import type { FastifyReply } from 'fastify';

type Body = ReturnType<FastifyReply['serialize']>;
const bodies = new WeakMap<object, Map<string, Body>>();

/**
 * Answer with JSON built from a value the read cache keeps (frozen, src/server/db/read-cache.ts): the route's
 * serializer (its zod response schema: checked, then stringified) runs once per kept value and answer kind, later
 * requests get the same text. A value that is not kept (filtered, computed afresh) is serialised every time.
 */
export function sendSerializedOnce(reply: FastifyReply, source: object, kind: string, payload: () => unknown): FastifyReply {
  let byKind = bodies.get(source);
  let body = byKind?.get(kind);
  if (body === undefined) {
    body = reply.serialize(payload());
    if (Object.isFrozen(source)) {
      if (!byKind) {
        byKind = new Map();
        bodies.set(source, byKind);
      }
      byKind.set(kind, body);
    }
  }
  return reply.type('application/json; charset=utf-8').send(body);
}
