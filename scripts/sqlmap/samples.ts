import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/server/db/schema';

/** A JSON schema node as @fastify/swagger writes the zod contract into the OpenAPI document. */
export interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  minItems?: number;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  nullable?: boolean;
}

/** Real ids and keys of the demo database, so the scanned requests reach the code behind the validation. */
export interface RealIds {
  /** first id of a table, by table name (missing or empty tables answer 1) */
  idOf(table: string): number;
  /** a user the scan may change or reset (not one it signs in as) */
  spareUserId: number;
  week: string;
  month: string;
  year: number;
}

const TABLES_BY_SEGMENT: Record<string, string> = {
  weekly: 'weekly_update',
  monthly: 'monthly_report',
  'green-channel': 'green_channel_request',
  findings: 'inspection_finding',
  votes: 'vote_session',
  photos: 'attachment',
  audit: 'audit_log',
};

/** The table behind a path segment: "change-requests" → change_request, with the exceptions above. */
export const tableOfSegment = (segment: string) => TABLES_BY_SEGMENT[segment] ?? segment.replace(/-/g, '_').replace(/s$/, '');

/** The table behind an id field: "targetId" → target, "leaderId" → user. */
function tableOfIdField(name: string): string {
  const stem = name.replace(/Ids?$/, '');
  if (['leader', 'user', 'assignee'].includes(stem)) return 'user';
  if (stem === 'candidate') return 'vote_candidate';
  if (stem === 'session') return 'vote_session';
  return stem.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export async function loadRealIds(db: Kysely<DB>, projectId: number, signedInUsers: string[]): Promise<RealIds> {
  const tables = (await db.introspection.getTables()).map((t) => t.name);
  const first = new Map<string, number>();
  for (const table of tables) {
    const row = await sql<{ id: number | null }>`select min(id) as id from ${sql.table(table)}`.execute(db).catch(() => null);
    const id = row?.rows[0]?.id;
    if (id) first.set(table, Number(id));
  }
  const spare = await db.selectFrom('user').select('id').where('username', 'not in', signedInUsers).orderBy('id', 'desc').executeTakeFirstOrThrow();
  const week = await db.selectFrom('weekly_update').select('week').where('project_id', '=', projectId).orderBy('week', 'desc').executeTakeFirst();
  const month = await db.selectFrom('monthly_report').select('month').where('project_id', '=', projectId).orderBy('month', 'desc').executeTakeFirst();
  const plan = await db.selectFrom('plan').select('year').orderBy('id').executeTakeFirst();
  return {
    idOf: (table) => (table === 'project' ? projectId : (first.get(table) ?? 1)),
    spareUserId: spare.id,
    week: week?.week ?? '2024-W20',
    month: month?.month ?? '2024-06',
    year: plan?.year ?? 2024,
  };
}

const PATTERN_CANDIDATES = ['2024-06-30', '2024-W20', '2024-06', '2024', '2024-Q2', '13800138000', '#1677ff', '12:00', 'abc'];

const STRING_BY_NAME: Record<string, string> = {
  username: 'sqlmap_probe',
  password: 'Probe#2024pw',
  newPassword: 'Probe#2024pw',
  currentPassword: 'not-the-password',
  phone: '13800138000',
  website: '',
  q: '学',
};

function sampleString(node: SchemaNode, name: string, ids: RealIds): string {
  if (node.pattern) {
    const pattern = new RegExp(node.pattern);
    return PATTERN_CANDIDATES.find((c) => pattern.test(c)) ?? 'abc';
  }
  if (node.format === 'email' || /email/i.test(name)) return 'scan@example.gov.cn';
  if (node.format === 'date-time') return '2024-06-30T08:00:00.000Z';
  if (/webhook/i.test(name)) return 'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef';
  if (node.format === 'uri' || /url$/i.test(name)) return 'https://robot.example.com/hook';
  if (name === 'week') return ids.week;
  if (name === 'month') return ids.month;
  if (/Time$/.test(name)) return '18:00';
  if (/phone|mobile/i.test(name)) return '13800138000';
  if (node.format === 'date' || /(On|Date|At|^date|[dD]eadline|^start|^end|Start|End|^asOf|^workdays?)$/.test(name)) return `${ids.year}-06-28`;
  let value = STRING_BY_NAME[name] ?? '民生实事测试内容';
  while (value.length < (node.minLength ?? 0)) value += '民生实事测试内容';
  return node.maxLength !== undefined ? value.slice(0, node.maxLength) : value;
}

function sampleNumber(node: SchemaNode, name: string, ids: RealIds): number {
  if (/Ids?$/.test(name)) return ids.idOf(tableOfIdField(name));
  if (name === 'year') return ids.year;
  const min = typeof node.exclusiveMinimum === 'number' ? node.exclusiveMinimum + 1 : (node.minimum ?? 1) + (node.exclusiveMinimum === true ? 1 : 0);
  const value = Math.max(1, min);
  return node.maximum !== undefined ? Math.min(value, node.maximum) : value;
}

/** A valid-looking value for a schema node; `name` is the property or parameter name (ids, passwords, dates). */
export function sampleOf(node: SchemaNode, name: string, ids: RealIds): unknown {
  const variant = node.anyOf ?? node.oneOf ?? node.allOf;
  if (variant?.length) return sampleOf(variant.find((v) => v.type !== 'null') ?? variant[0]!, name, ids);
  if (node.const !== undefined) return node.const;
  if (node.enum?.length) return node.enum[0];
  const type = Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type;
  if (type === 'object' || node.properties) {
    return Object.fromEntries(Object.entries(node.properties ?? {}).map(([key, child]) => [key, sampleOf(child, key, ids)]));
  }
  if (type === 'array') {
    const item = node.items ? sampleOf(node.items, name.replace(/s$/, ''), ids) : '测试';
    return Array.from({ length: Math.max(1, node.minItems ?? 1) }, () => item);
  }
  if (type === 'integer' || type === 'number') return sampleNumber(node, name, ids);
  if (type === 'boolean') return false;
  return sampleString(node, name, ids);
}
