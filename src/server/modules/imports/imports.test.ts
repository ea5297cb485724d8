import { expect, it, onTestFinished } from 'vitest';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { createTestApp, describeEachDialect, fixture, multipartFile } from '../../test-support/test-app';
import type { Session, TestApp } from '../../test-support/test-app';
import { adminSession, buildUser } from '../../test-support/factories';

async function tableCounts(db: Kysely<DB>) {
  const counts: Record<string, number> = {};
  for (const table of ['plan', 'project', 'project_unit', 'unit', 'audit_log'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

function upload(t: TestApp, session: Session, step: 'preview' | 'commit', fileName: string, data = fixture(fileName)) {
  const { payload, headers } = multipartFile(fileName, data);
  return t.as(session, 'POST', `/api/v1/imports/notice/${step}`, payload, headers);
}

describeEachDialect(
  'notice import: preview, commit, re-import, corrections and bad files',
  (t) => {
    /**
     * A database of the test's own, empty as at first start without the sample, closed when the test ends: the 2024
     * notice is new to it, whatever other tests imported into the file's shared app.
     */
    async function ownApp() {
      const app = await createTestApp(t().dialect, { MINSHENG_SAMPLE: '0' });
      onTestFinished(() => app.close());
      return { app, admin: await adminSession(app) };
    }

    /** The same, with the 2024 notice committed. */
    async function committed() {
      const own = await ownApp();
      const res = await upload(own.app, own.admin, 'commit', 'notice-2024-jingkai.txt');
      if (res.statusCode !== 200) throw new Error(`commit: ${res.body}`);
      return own;
    }

    it('previews a new notice without writing anything', async () => {
      const { app, admin } = await ownApp();
      const before = await tableCounts(app.ctx.db);
      const res = await upload(app, admin, 'preview', 'notice-2024-jingkai.txt');
      expect(res.statusCode).toBe(200);
      const preview = res.json();
      expect(preview.plan).toMatchObject({ action: 'create', docNumber: '济开管发〔2024〕1号', issuer: '济宁经济开发区管理委员会', year: 2024, planId: null });
      expect(preview.summary).toMatchObject({ projectsCreated: 27, projectsUpdated: 0, projectsRemoved: 0 });
      expect(preview.summary.unitsCreated).toBe(preview.units.length);
      expect(preview.units.find((u: { name: string }) => u.name === '马集镇')).toMatchObject({ kind: 'town', action: 'create' });
      expect(await tableCounts(app.ctx.db)).toEqual(before);
    });

    it('commits the notice in one go and records it in the audit log', async () => {
      const { app, admin } = await ownApp();
      const res = await upload(app, admin, 'commit', 'notice-2024-jingkai.txt');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ planAction: 'create', summary: { projectsCreated: 27 } });
      const counts = await tableCounts(app.ctx.db);
      expect(counts).toMatchObject({ plan: 1, project: 27 });
      const plans = (await app.as(admin, 'GET', '/api/v1/plans')).json();
      expect(plans.items[0]).toMatchObject({ docNumber: '济开管发〔2024〕1号', projectCount: 27 });
      const audit = (await app.as(await buildUser(app, 'auditor', null), 'GET', '/api/v1/audit?action=import')).json();
      expect(audit.items[0].summary).toContain('新增项目 27 个');
    });

    it('changes nothing when the same notice is imported again, in any format', async () => {
      const { app, admin } = await committed();
      const before = await tableCounts(app.ctx.db);
      const versions = await app.ctx.db.selectFrom('project').select(['id', 'version']).orderBy('id').execute();
      for (const file of ['notice-2024-jingkai.txt', 'notice-2024-jingkai.docx', 'notice-2024-jingkai.xlsx', 'notice-2024-jingkai-gbk.txt']) {
        const preview = (await upload(app, admin, 'preview', file)).json();
        expect(preview.plan.action, file).toBe('unchanged');
        expect(preview.summary, file).toMatchObject({ projectsCreated: 0, projectsUpdated: 0, projectsUnchanged: 27, projectsRemoved: 0, unitsCreated: 0 });
        const commit = await upload(app, admin, 'commit', file);
        expect(commit.json().planAction, file).toBe('unchanged');
      }
      expect(await tableCounts(app.ctx.db)).toEqual(before);
      expect(await app.ctx.db.selectFrom('project').select(['id', 'version']).orderBy('id').execute()).toEqual(versions);
    });

    it('updates a corrected notice in place and audits before/after', async () => {
      const { app, admin } = await committed();
      const preview = (await upload(app, admin, 'preview', 'notice-2024-jingkai-corrected.txt')).json();
      expect(preview.plan.action).toBe('update');
      expect(preview.summary).toMatchObject({ projectsCreated: 0, projectsUpdated: 1, projectsUnchanged: 26 });
      const p1 = preview.projects.find((p: { seq: number }) => p.seq === 1);
      expect(p1.action).toBe('update');
      expect(p1.changes).toEqual([
        { field: 'content', label: '项目内容及工作目标', before: '全区新改建充电桩110座。', after: '全区新改建充电桩120座。' },
        expect.objectContaining({ field: 'coUnits', label: '协办单位', after: expect.stringContaining('区财政局') }),
      ]);
      const ids = await app.ctx.db.selectFrom('project').select(['id', 'seq']).orderBy('seq').execute();
      expect((await upload(app, admin, 'commit', 'notice-2024-jingkai-corrected.txt')).statusCode).toBe(200);
      expect(await app.ctx.db.selectFrom('project').select(['id', 'seq']).orderBy('seq').execute()).toEqual(ids);
      const project = (await app.as(admin, 'GET', `/api/v1/projects/${ids[0]!.id}`)).json();
      expect(project.content).toBe('全区新改建充电桩120座。');
      expect(project.coUnits).toContain('区财政局');
      // the proposal nobody had confirmed yet is read again from the corrected text
      const targets = (await app.as(admin, 'GET', `/api/v1/projects/${ids[0]!.id}/targets`)).json();
      expect(targets.targets.map((x: { value: number; status: string }) => [x.value, x.status])).toEqual([[120, 'proposed']]);
      const audit = (await app.as(await buildUser(app, 'auditor', null), 'GET', '/api/v1/audit?entity=project&action=update')).json();
      expect(audit.items[0]).toMatchObject({ before: { content: '全区新改建充电桩110座。' }, after: { content: '全区新改建充电桩120座。' } });
    });

    it.each([
      ['notice-empty.txt', '文件为空'],
      ['notice-not-a-notice.txt', '未找到项目汇总表'],
      ['notice-missing-lead-column.xlsx', '缺少“主办单位”列'],
      ['notice-duplicate-seq.txt', '序号 3 重复'],
      ['notice-bad-seq.txt', '不是数字'],
      ['notice-missing-lead.txt', '缺少主办单位'],
    ])('rejects %s with a clear Chinese error and writes nothing', async (file, fragment) => {
      const admin = await adminSession(t());
      const before = await tableCounts(t().ctx.db);
      for (const step of ['preview', 'commit'] as const) {
        const res = await upload(t(), admin, step, file);
        expect(res.statusCode).toBe(422);
        expect(res.json().error.code).toBe('NOTICE_INVALID');
        expect(res.json().error.message).toContain(file);
        expect(res.json().error.message).toContain(fragment);
      }
      expect(await tableCounts(t().ctx.db)).toEqual(before);
    });

    it('rejects a request without a file and a file over 10 MB', async () => {
      const admin = await adminSession(t());
      const noFile = await t().as(admin, 'POST', '/api/v1/imports/notice/preview', { file: 'x' });
      expect(noFile.statusCode).toBe(400);
      expect(noFile.json().error.message).toContain('文件上传');
      const big = await upload(t(), admin, 'preview', 'big.txt', Buffer.alloc(11 * 1024 * 1024, 0x41));
      expect(big.statusCode).toBe(413);
      expect(big.json().error.message).toContain('10 MB');
    });
  },
  { MINSHENG_SAMPLE: '0' },
);
