import type { RealIds, SchemaNode } from './samples';
import { sampleOf, tableOfSegment } from './samples';

/** sqlmap's custom injection marker: every place marked with it is tested, and only those. */
const MARK = '*';

export interface ScanTarget {
  method: string;
  /** the route as declared, e.g. "GET /api/v1/plans/{id}/projects" */
  route: string;
  /** URL with real ids and sample values, each injectable place marked */
  markedUrl: string;
  /** JSON body with its leaves marked */
  markedBody: string | null;
  /** the same request unmarked, to find which session may call it */
  url: string;
  body: string | null;
  /** the marked places, e.g. "path id", "query q", "body values[0].reason" */
  places: string[];
}

export interface SkippedRoute {
  route: string;
  reason: string;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string; schema?: SchemaNode }[];
  requestBody?: { content?: Record<string, { schema?: SchemaNode }> };
}

/** Never scanned: it would end the session the scan runs with. */
const EXCLUDED = new Set(['POST /api/v1/auth/logout']);

/**
 * The server-rendered public pages and 民生码 images: hidden from the OpenAPI document (schema.hide), so listed here
 * (src/server/modules/portal, next-year-public.routes.ts, minsheng-code.routes.ts).
 */
const HIDDEN_PUBLIC_ROUTES: { route: string; query?: Record<string, string> }[] = [
  { route: '/public/plans/{id}' },
  { route: '/public/projects/{id}' },
  { route: '/public/photos/{id}', query: { thumb: '1' } },
  { route: '/public/votes/{id}' },
  { route: '/public/projects/{id}/qr.png' },
  { route: '/public/projects/{id}/qr.svg' },
  { route: '/public/projects/{id}/board' },
];

/** Route-specific values the schema cannot tell (a real form token, a user the scan may change). */
export type BodyOverrides = Record<string, Record<string, unknown>>;

function pathValue(name: string, segmentBefore: string, ids: RealIds, route: string): string {
  if (name === 'week') return ids.week;
  if (name === 'month') return ids.month;
  if (name === 'year') return String(ids.year);
  if (/\/users\/\{id\}/.test(route)) return String(ids.spareUserId);
  return String(ids.idOf(tableOfSegment(segmentBefore)));
}

/** Every leaf of a JSON value with its path, for marking. */
function markJson(value: unknown, at: string, places: string[]): string {
  if (Array.isArray(value)) return `[${value.map((v, i) => markJson(v, `${at}[${i}]`, places)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${markJson(v, at ? `${at}.${k}` : k, places)}`);
    return `{${entries.join(',')}}`;
  }
  if (value === null) return 'null';
  places.push(`body ${at}`);
  if (typeof value === 'string') return JSON.stringify(`${value}${MARK}`);
  return `${JSON.stringify(value)}${MARK}`;
}

function buildTarget(
  method: string,
  template: string,
  op: OpenApiOperation,
  ids: RealIds,
  overrides: BodyOverrides,
  extraQuery?: Record<string, string>,
): ScanTarget | SkippedRoute {
  const route = `${method} ${template}`;
  if (EXCLUDED.has(route)) return { route, reason: 'ends the scan session' };
  const places: string[] = [];
  const segments = template.split('/');
  const plainPath: string[] = [];
  const markedPath: string[] = [];
  segments.forEach((segment, i) => {
    const param = /^\{(\w+)\}(.*)$/.exec(segment);
    if (!param) {
      plainPath.push(segment);
      markedPath.push(segment);
      return;
    }
    const value = pathValue(param[1]!, segments[i - 1] ?? '', ids, template);
    plainPath.push(`${value}${param[2]}`);
    markedPath.push(`${value}${MARK}${param[2]}`);
    places.push(`path ${param[1]}`);
  });
  const query: [string, string][] = Object.entries(extraQuery ?? {});
  for (const p of op.parameters ?? []) {
    if (p.in !== 'query') continue;
    query.push([p.name, String(sampleOf(p.schema ?? {}, p.name, ids))]);
  }
  for (const [name] of query) places.push(`query ${name}`);
  const plainQuery = query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  const markedQuery = query.map(([k, v]) => `${k}=${encodeURIComponent(v)}${MARK}`).join('&');
  const jsonSchema = op.requestBody?.content?.['application/json']?.schema;
  let body: string | null = null;
  let markedBody: string | null = null;
  if (jsonSchema) {
    const sample = { ...(sampleOf(jsonSchema, '', ids) as Record<string, unknown>), ...overrides[route] };
    body = JSON.stringify(sample);
    markedBody = markJson(sample, '', places);
  }
  if (!op.requestBody && method !== 'GET') {
    // a write without a body: an empty JSON object, so the marked path reaches the route and not a 415 (no content type)
    body = '{}';
    markedBody = '{}';
  }
  if (places.length === 0) {
    const multipart = op.requestBody ? ' (multipart file upload only)' : '';
    return { route, reason: `no parameters${multipart}` };
  }
  const withQuery = (p: string, q: string) => (q ? `${p}?${q}` : p);
  return {
    method,
    route,
    url: withQuery(plainPath.join('/'), plainQuery),
    markedUrl: withQuery(markedPath.join('/'), markedQuery),
    body,
    markedBody,
    places,
  };
}

/** The scan's targets: every operation of the served OpenAPI document, then the hidden public pages. */
export function buildTargets(openApi: { paths: Record<string, Record<string, OpenApiOperation>> }, ids: RealIds, overrides: BodyOverrides) {
  const targets: ScanTarget[] = [];
  const skipped: SkippedRoute[] = [];
  const add = (t: ScanTarget | SkippedRoute) => ('places' in t ? targets.push(t) : skipped.push(t));
  for (const [template, operations] of Object.entries(openApi.paths)) {
    for (const [method, op] of Object.entries(operations)) add(buildTarget(method.toUpperCase(), template, op, ids, overrides));
  }
  for (const page of HIDDEN_PUBLIC_ROUTES) add(buildTarget('GET', page.route, {}, ids, overrides, page.query));
  // deletions last, so the rows the other routes use are still there while they are scanned
  targets.sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
  return { targets, skipped };
}
