import sharp from 'sharp';
import type { AuditActor } from '../auth/actor';
import { writeAudit } from '../audit/audit.writer';
import type { AppContext } from '../context';
import type { FindingSeverity, InspectionKind, RectificationStatus } from '../db/schema';
import { storeUpload } from '../storage/stored-upload';
import type { SteeringContext, SteeringSeedInput } from './demo-data.steering';
import { at, buildContext } from './demo-data.steering';

/** The audit action marking that the demo's inspections (督导检查) were written. */
export const DEMO_INSPECTIONS_ACTION = 'demo_seed_inspections';

interface DemoRectification {
  requirement: string;
  deadline: string;
  /** the unit's answers, in order; a return between two of them */
  responses: { on: string; evidence: string }[];
  returned?: { on: string; comment: string };
  acceptedOn?: string;
}

interface DemoFinding {
  project: string;
  severity: FindingSeverity;
  description: string;
  /** a site photo near the project (EXIF GPS), colour of the placeholder picture */
  photo?: { lat: number; lng: number; colour: string };
  rectification?: DemoRectification;
}

interface DemoInspection {
  date: string;
  kind: InspectionKind;
  inspectors: string;
  projects: string[];
  summary: string;
  findings: DemoFinding[];
}

/** The 2024 scenario: a 专项督查 in June whose rectifications were closed (one after a return), an 暗访 in September with one overdue. */
const DEMO_INSPECTIONS: DemoInspection[] = [
  {
    date: '2024-06-18',
    kind: 'special',
    inspectors: '督查室 王建国、刘敏',
    projects: ['充电', '社区养老服务设施'],
    summary: '充电桩建设总体按序时推进，个别点位未接电；养老服务设施已基本建成，细节仍需完善。',
    findings: [
      {
        project: '充电',
        severity: 'major',
        description: '已建成的 6 座充电桩中 2 座未接电，现场无施工人员。',
        photo: { lat: 35.4021, lng: 116.6215, colour: '#5b8c5a' },
        rectification: {
          requirement: '协调供电部门，7月15日前完成接电并投入使用。',
          deadline: '2024-07-15',
          responses: [{ on: '2024-07-12', evidence: '已与供电公司完成对接，2 座充电桩于7月11日接电并投入使用。' }],
          acceptedOn: '2024-07-16',
        },
      },
      {
        project: '社区养老服务设施',
        severity: 'general',
        description: '部分适老化扶手安装不牢固，卫生间缺少紧急呼叫装置。',
        photo: { lat: 35.3978, lng: 116.6102, colour: '#8c6d5a' },
        rectification: {
          requirement: '加固扶手，加装紧急呼叫装置。',
          deadline: '2024-07-05',
          responses: [
            { on: '2024-07-03', evidence: '扶手已全部加固。' },
            { on: '2024-07-09', evidence: '扶手已全部加固，12 处卫生间已加装紧急呼叫装置，附整改后照片。' },
          ],
          returned: { on: '2024-07-05', comment: '紧急呼叫装置尚未加装，请补充整改并附照片。' },
          acceptedOn: '2024-07-10',
        },
      },
    ],
  },
  {
    date: '2024-09-10',
    kind: 'unannounced',
    inspectors: '督查室 王建国、赵磊',
    projects: ['城乡基础设施', '乡村医疗'],
    summary: '暗访发现道路施工安全管理薄弱，村卫生室运行基本规范。',
    findings: [
      {
        project: '城乡基础设施',
        severity: 'serious',
        description: '施工路段未设置安全警示标志，夜间无照明，存在安全隐患。',
        photo: { lat: 35.4156, lng: 116.5893, colour: '#7a7a7a' },
        rectification: { requirement: '立即设置警示标志和夜间照明，落实专人巡查。', deadline: '2024-09-20', responses: [] },
      },
      {
        project: '乡村医疗',
        severity: 'general',
        description: '村卫生室药品进销存台账记录不全。',
        rectification: { requirement: '完善药品进销存台账，10月底前报送整改情况。', deadline: '2024-10-31', responses: [] },
      },
      { project: '乡村医疗', severity: 'general', description: '卫生室宣传栏内容未及时更新。' },
    ],
  },
];

/** A placeholder site photo with the given GPS in its EXIF, as a phone camera would write it. */
async function demoPhoto(lat: number, lng: number, colour: string): Promise<Buffer> {
  const dms = (x: number) => {
    const d = Math.floor(x);
    const m = Math.floor((x - d) * 60);
    const s = Math.round(((x - d) * 60 - m) * 60 * 100);
    return `${d}/1 ${m}/1 ${s}/100`;
  };
  return sharp({ create: { width: 640, height: 480, channels: 3, background: colour } })
    .jpeg({ quality: 70 })
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: dms(lat), GPSLongitudeRef: 'E', GPSLongitude: dms(lng) } })
    .toBuffer();
}

/** The state of a rectification on the demo date, and the version its changes moved it to. */
function rectificationState(r: DemoRectification, demoDate: string) {
  const before = (d: string | undefined) => d !== undefined && d < demoDate;
  const responses = r.responses.filter((x) => before(x.on));
  const returned = r.returned && before(r.returned.on) ? r.returned : null;
  const accepted = before(r.acceptedOn) ? r.acceptedOn : null;
  const last = responses.at(-1) ?? null;
  const status: RectificationStatus = accepted ? 'closed' : last && (!returned || last.on > returned.on) ? 'submitted' : 'open';
  return { status, last, returned, accepted, version: 1 + responses.length + (returned ? 1 : 0) + (accepted ? 1 : 0) };
}

async function writeInspection(ctx: AppContext, sc: SteeringContext, supervisor: string, i: DemoInspection): Promise<number> {
  const projects = i.projects.map((k) => sc.projectBy(k)).filter((p) => p !== undefined);
  if (projects.length === 0) return 0;
  const created = at(i.date, '17:30');
  const row = await sc.trx
    .insertInto('inspection')
    .values({
      plan_id: sc.planId,
      date: i.date,
      kind: i.kind,
      inspectors: i.inspectors,
      summary: i.summary,
      created_by: supervisor,
      created_at: created,
      updated_at: created,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sc.trx
    .insertInto('inspection_project')
    .values(projects.map((p) => ({ inspection_id: row.id, project_id: p.id })))
    .execute();
  let findings = 0;
  for (const f of i.findings) {
    const project = sc.projectBy(f.project);
    if (!project || !projects.includes(project)) continue;
    const finding = await sc.trx
      .insertInto('inspection_finding')
      .values({
        inspection_id: row.id,
        project_id: project.id,
        description: f.description,
        severity: f.severity,
        created_by: supervisor,
        created_at: created,
        updated_at: created,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    findings++;
    if (f.photo) {
      const stored = await storeUpload(ctx, { data: await demoPhoto(f.photo.lat, f.photo.lng, f.photo.colour), fileName: `现场照片-${project.seq}.jpg` });
      await sc.trx
        .insertInto('inspection_photo')
        .values({
          finding_id: finding.id,
          rectification_id: null,
          project_id: project.id,
          storage_key: stored.storageKey,
          thumb_key: stored.thumbKey,
          file_name: stored.fileName,
          mime: stored.mime,
          size: stored.size,
          lat: f.photo.lat,
          lng: f.photo.lng,
          location_source: 'exif',
          uploaded_by: supervisor,
          created_at: at(i.date, '10:20'),
        })
        .execute();
    }
    const r = f.rectification;
    const lead = project.leadUnitIds[0];
    if (!r || lead === undefined) continue;
    const s = rectificationState(r, sc.demoDate);
    const staff = sc.userOf(lead);
    await sc.trx
      .insertInto('rectification')
      .values({
        finding_id: finding.id,
        project_id: project.id,
        unit_id: lead,
        requirement: r.requirement,
        deadline: r.deadline,
        status: s.status,
        requested_by: supervisor,
        requested_at: created,
        evidence: s.last?.evidence ?? null,
        responded_by: s.last ? staff : null,
        responded_at: s.last ? at(s.last.on, '16:40') : null,
        review_comment: s.accepted ? null : (s.returned?.comment ?? null),
        reviewed_by: s.accepted || s.returned ? supervisor : null,
        reviewed_at: s.accepted ? at(s.accepted, '11:00') : s.returned ? at(s.returned.on, '11:00') : null,
        return_count: s.returned ? 1 : 0,
        version: s.version,
      })
      .execute();
  }
  return findings;
}

/**
 * The demo's 督导检查 dated before the demo date, with findings, site photos (EXIF GPS) and rectifications in
 * every state: closed, closed after a return, overdue, open. Idempotent through its marker audit row; the rows go
 * in directly (the services stamp the real clock) but follow the services' rules.
 */
export async function seedDemoInspections(ctx: AppContext, system: AuditActor, supervisor: string, input: SteeringSeedInput): Promise<number> {
  if (await ctx.db.selectFrom('audit_log').select('id').where('action', '=', DEMO_INSPECTIONS_ACTION).executeTakeFirst()) return 0;
  return ctx.db.transaction().execute(async (trx) => {
    const sc = await buildContext(trx, system, input);
    let inspections = 0;
    let findings = 0;
    for (const i of DEMO_INSPECTIONS) {
      if (!sc.isInScenario(i.date)) continue;
      const written = await writeInspection(ctx, sc, supervisor, i);
      if (written > 0) inspections++;
      findings += written;
    }
    await writeAudit(trx, system, {
      action: DEMO_INSPECTIONS_ACTION,
      entity: 'plan',
      entityId: input.planId,
      summary: `生成演示督导检查：${inspections} 次检查，${findings} 个问题（演示日期 ${input.demoDate}）`,
      after: { planId: input.planId, demoDate: input.demoDate, inspections, findings },
    });
    return inspections;
  });
}
