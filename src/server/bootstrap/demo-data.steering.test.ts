import { expect, it } from 'vitest';
import type { Session, TestApp } from '../test-support/test-app';
import { describeEachDialect } from '../test-support/test-app';
import { DEMO_PASSWORD, seedDemoData } from './demo-data';
import { SAMPLE_NOTICE } from './first-start';

const DEMO_DATE = '2024-10-15';
/** The demo date's first instant in Beijing: everything of the demo happened before it. */
const DEMO_START = new Date(`${DEMO_DATE}T00:00:00+08:00`).toISOString();

interface Request {
  status: string;
  dueDate: string;
}
interface Blocker {
  id: number;
  projectId: number;
  kind: string;
  status: string;
  raisedAt: string;
  updateId: number | null;
  escalatedToLeader: boolean;
  greenChannel: Request[];
}
interface ActionItem {
  status: 'open' | 'done' | 'overdue';
  deadline: string;
  closingEvidence: string | null;
}
interface Meeting {
  date: string;
  kind: 'weekly' | 'topic';
  minutes: string;
  actionItems: ActionItem[];
}
interface Instruction {
  status: string;
  targetKind: string | null;
  evidence: string | null;
  createdAt: string;
}

async function get<T>(t: TestApp, session: Session, url: string): Promise<T> {
  const res = await t.as(session, 'GET', url);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json<T>();
}

const STEERING_TABLES = [
  'project_leader',
  'meeting',
  'action_item',
  'blocker',
  'green_channel_request',
  'monthly_report',
  'bulletin',
  'instruction',
  'xun_digest',
] as const;

describeEachDialect(
  'demo data: steering rhythm (MINSHENG_SAMPLE=demo)',
  (t) => {
    const plan = async () => t().ctx.db.selectFrom('plan').select('id').executeTakeFirstOrThrow();
    const projects = async () => t().ctx.db.selectFrom('project').select(['id', 'seq']).orderBy('seq').execute();

    it('gives every project at least one 分管领导, three demo leaders in all', async () => {
      const session = await t().login('demo-supervisor', DEMO_PASSWORD);
      const leaders = new Set<string>();
      for (const p of await projects()) {
        const { items } = await get<{ items: { username: string }[] }>(t(), session, `/api/v1/projects/${p.id}/leaders`);
        expect(items.length, `project ${p.seq}`).toBeGreaterThanOrEqual(1);
        for (const l of items) leaders.add(l.username);
      }
      expect([...leaders].sort()).toEqual(['demo-leader', 'demo-leader2', 'demo-leader3']);
    });

    it('shows blockers in every state, of varied kinds, with green-channel requests in every state, one overdue and one escalated', async () => {
      const session = await t().login('demo-supervisor', DEMO_PASSWORD);
      const list = await get<{ items: { id: number; status: string; kind: string; raisedAt: string }[] }>(
        t(),
        session,
        `/api/v1/plans/${(await plan()).id}/blockers`,
      );
      expect(new Set(list.items.map((b) => b.status))).toEqual(new Set(['open', 'in_progress', 'resolved', 'closed']));
      expect(new Set(list.items.map((b) => b.kind)).size).toBe(5);
      expect(list.items.every((b) => b.raisedAt < DEMO_START)).toBe(true);
      const details = await Promise.all(list.items.map((b) => get<Blocker>(t(), session, `/api/v1/blockers/${b.id}`)));
      const requests = details.flatMap((b) => b.greenChannel);
      expect(new Set(requests.map((r) => r.status))).toEqual(new Set(['requested', 'accepted', 'answered', 'closed']));
      expect(requests.some((r) => (r.status === 'requested' || r.status === 'accepted') && r.dueDate < DEMO_DATE)).toBe(true);
      expect(details.filter((b) => b.escalatedToLeader)).toHaveLength(1);
      expect(details.filter((b) => b.updateId !== null).length).toBeGreaterThanOrEqual(3);
      // a blocker with a request has left 'open', as the service moves it
      expect(details.filter((b) => b.greenChannel.length > 0).every((b) => b.status !== 'open')).toBe(true);
    });

    it('records 例会 and 专题会议 with action items done with evidence, open and overdue', async () => {
      const session = await t().login('demo-leader', DEMO_PASSWORD);
      const { items } = await get<{ items: Meeting[] }>(t(), session, `/api/v1/plans/${(await plan()).id}/meetings`);
      expect(items.filter((m) => m.kind === 'weekly').length).toBeGreaterThanOrEqual(4);
      expect(items.filter((m) => m.kind === 'topic').length).toBeGreaterThanOrEqual(2);
      expect(items.every((m) => m.date < DEMO_DATE && m.minutes.length > 20)).toBe(true);
      const actionItems = items.flatMap((m) => m.actionItems);
      expect(actionItems.filter((i) => i.status === 'done').every((i) => (i.closingEvidence ?? '').length > 0)).toBe(true);
      expect(actionItems.filter((i) => i.status === 'done').length).toBeGreaterThanOrEqual(5);
      expect(actionItems.filter((i) => i.status === 'overdue').length).toBeGreaterThanOrEqual(3);
      // "open" is derived from the real clock by the service, so the items still open at the demo date are checked in the table
      const open = await t().ctx.db.selectFrom('action_item').select('deadline').where('status', '=', 'open').execute();
      expect(open.filter((i) => i.deadline >= DEMO_DATE).length).toBeGreaterThanOrEqual(3);
      expect(open.filter((i) => i.deadline < DEMO_DATE).length).toBeGreaterThanOrEqual(3);
    });

    it('has monthly reports for the past months (mostly accepted, some returned or late) and drafts of the current month', async () => {
      const session = await t().login('demo-supervisor', DEMO_PASSWORD);
      const september = await Promise.all(
        (await projects()).map((p) => get<{ id: number | null; status: string; isLate: boolean }>(t(), session, `/api/v1/projects/${p.id}/monthly/2024-09`)),
      );
      const saved = september.filter((r) => r.id !== null);
      expect(saved.length).toBeGreaterThanOrEqual(25);
      expect(saved.filter((r) => r.status === 'accepted').length).toBeGreaterThanOrEqual(20);
      expect(saved.some((r) => r.status === 'returned')).toBe(true);
      expect(saved.some((r) => r.status === 'submitted')).toBe(true);
      expect(saved.some((r) => r.isLate)).toBe(true);
      const rows = await t().ctx.db.selectFrom('monthly_report').select(['month', 'status', 'submitted_at', 'reviewed_at']).execute();
      expect(new Set(rows.map((r) => r.month))).toEqual(new Set(['2024-07', '2024-08', '2024-09', '2024-10']));
      expect(rows.filter((r) => r.month === '2024-10').every((r) => r.status === 'draft')).toBe(true);
      expect(rows.every((r) => (r.submitted_at ?? '') < DEMO_START && (r.reviewed_at ?? '') < DEMO_START)).toBe(true);
    });

    it('has the August and September bulletins issued before the demo date, visible to a unit', async () => {
      const session = await t().login('demo-u01-staff', DEMO_PASSWORD);
      const { items } = await get<{ items: { id: number; month: string; status: string }[] }>(t(), session, `/api/v1/plans/${(await plan()).id}/bulletins`);
      expect(items.map((b) => `${b.month}:${b.status}`).sort()).toEqual(['2024-08:issued', '2024-09:issued']);
      for (const b of items) {
        const bulletin = await get<{ issuedAt: string; paragraphs: { text: string }[] }>(t(), session, `/api/v1/bulletins/${b.id}`);
        expect(bulletin.issuedAt < DEMO_START).toBe(true);
        expect(bulletin.paragraphs.length).toBeGreaterThanOrEqual(5);
      }
    });

    it('has 批示 in every state, on projects, weekly updates and blockers, answered ones with evidence', async () => {
      const session = await t().login('demo-leader', DEMO_PASSWORD);
      const all: Instruction[] = [];
      for (const p of await projects()) all.push(...(await get<{ items: Instruction[] }>(t(), session, `/api/v1/projects/${p.id}/instructions`)).items);
      expect(new Set(all.map((i) => i.status))).toEqual(new Set(['open', 'answered', 'closed']));
      expect(new Set(all.map((i) => i.targetKind))).toEqual(new Set([null, 'weekly_update', 'blocker']));
      expect(all.filter((i) => i.status !== 'open').every((i) => (i.evidence ?? '').length > 0)).toBe(true);
      expect(all.every((i) => i.createdAt < DEMO_START)).toBe(true);
    });

    it("gives the leaders 旬 digests up to the demo date and a portfolio with this 旬's changes", async () => {
      const session = await t().login('demo-leader', DEMO_PASSWORD);
      const digests = await get<{ items: { periodStart: string; generatedAt: string }[] }>(t(), session, '/api/v1/me/xun-digests');
      // (a running server's digest job may add the real clock's 旬; the demo's are those of the plan year)
      const demo = digests.items.filter((d) => d.periodStart < DEMO_DATE);
      expect(demo.map((d) => d.periodStart)).toEqual(['2024-10-11', '2024-10-01', '2024-09-21', '2024-09-11', '2024-09-01']);
      expect(demo.every((d) => d.generatedAt < DEMO_START)).toBe(true);
      const portfolio = await get<{ items: { mine: boolean; openInstructions: number; changes: { newBlockers: unknown[]; overdueActionItems: unknown[] } }[] }>(
        t(),
        session,
        `/api/v1/me/leader-portfolio?asOf=${DEMO_DATE}`,
      );
      const mine = portfolio.items.filter((i) => i.mine);
      expect(mine.length).toBeGreaterThanOrEqual(5);
      expect(mine.some((i) => i.changes.newBlockers.length > 0)).toBe(true);
      expect(mine.some((i) => i.changes.overdueActionItems.length > 0)).toBe(true);
      expect(mine.some((i) => i.openInstructions > 0)).toBe(true);
    });

    it('adds nothing the second time (idempotent)', async () => {
      const count = async () =>
        Promise.all(
          STEERING_TABLES.map(
            async (table) =>
              (
                await t()
                  .ctx.db.selectFrom(table)
                  .select((eb) => eb.fn.countAll<number>().as('n'))
                  .executeTakeFirstOrThrow()
              ).n,
          ),
        );
      const before = (await count()).map(Number);
      expect(before.every((n) => n > 0)).toBe(true);
      const result = await seedDemoData(t().ctx, t().config, { info: () => {}, warn: () => {} }, SAMPLE_NOTICE);
      expect(result.isNewlySeeded).toBe(false);
      expect((await count()).map(Number)).toEqual(before);
    });
  },
  { MINSHENG_SAMPLE: 'demo' },
);
