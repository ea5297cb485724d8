import { buildWeek } from '../../test-support/reporting.factories';
import type { Session, TestApp } from '../../test-support/test-app';

/** Test support only: a project's week filled through the API, with photos (and optionally a PDF), then submitted and accepted. */
export interface WeekWithPhotos {
  updateId: number;
  photoIds: number[];
  pdfId: number | null;
}

/** The e2e suite's name for buildWeek in src/server/test-support/reporting.factories.ts. */
export async function weekWithPhotos(
  t: TestApp,
  unit: Session,
  office: Session,
  projectId: number,
  week: string,
  options: { actual: number; photos: number; pdf?: boolean; accept?: boolean; progressText?: string },
): Promise<WeekWithPhotos> {
  const { accept, ...spec } = options;
  const built = await buildWeek(t, unit, office, projectId, week, { ...spec, status: accept === false ? 'draft' : 'accepted' });
  return { updateId: built.updateId, photoIds: built.photoIds, pdfId: built.pdfId };
}
