import sharp from 'sharp';
import { multipartFile } from '../../test-support/test-app';
import type { Session, TestApp } from '../../test-support/test-app';

/** Test support only: a project's week filled through the API, with photos (and optionally a PDF), then submitted and accepted. */
export interface WeekWithPhotos {
  updateId: number;
  photoIds: number[];
  pdfId: number | null;
}

const colours = ['#3a7', '#47c', '#c74', '#a4b', '#7a3', '#2aa'];

export async function weekWithPhotos(
  t: TestApp,
  unit: Session,
  office: Session,
  projectId: number,
  week: string,
  options: { actual: number; photos: number; pdf?: boolean; accept?: boolean; progressText?: string },
): Promise<WeekWithPhotos> {
  const ok = async (res: Awaited<ReturnType<TestApp['as']>>) => {
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
    return res.json();
  };
  const empty = await ok(await t.as(unit, 'GET', `/api/v1/projects/${projectId}/weekly?week=${week}`));
  const saved = await ok(
    await t.as(unit, 'PUT', `/api/v1/projects/${projectId}/weekly/${week}`, {
      values: [{ targetId: empty.values[0].targetId, actual: options.actual }],
      milestones: [],
      progressText: options.progressText ?? `${week} 新建充电桩，累计${options.actual}座`,
      problemsText: '',
      nextStepsText: '继续推进剩余点位建设',
      coUnitIds: [],
      version: 0,
    }),
  );
  const upload = async (name: string, data: Buffer) => {
    const { payload, headers } = multipartFile(name, data);
    return (await ok(await t.as(unit, 'POST', `/api/v1/weekly/${saved.id}/attachments`, payload, headers))).id as number;
  };
  const photoIds: number[] = [];
  for (let i = 0; i < options.photos; i++) {
    const data = await sharp({ create: { width: 640, height: 480, channels: 3, background: colours[i % colours.length]! } }).jpeg().toBuffer();
    photoIds.push(await upload(`现场照片${i + 1}.jpg`, data));
  }
  const pdfId = options.pdf ? await upload('验收单.pdf', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')) : null;
  if (options.accept !== false) {
    const current = await ok(await t.as(unit, 'GET', `/api/v1/projects/${projectId}/weekly?week=${week}`));
    await ok(await t.as(unit, 'POST', `/api/v1/weekly/${saved.id}/submit`, { version: current.version }));
    await ok(await t.as(office, 'POST', `/api/v1/weekly/${saved.id}/accept`, {}));
  }
  return { updateId: saved.id, photoIds, pdfId };
}
