import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http-client';
import type { ListResponse } from '../../../contract/common.contract';
import type {
  Finding,
  FindingInput,
  FindingSeverity,
  InspectionDetail,
  InspectionInput,
  InspectionList,
  InspectionPhoto,
  MyRectification,
  RectificationInput,
} from '../../../contract/inspections.contract';
import { currentPosition } from './device-position.util';

export const inspectionKeys = {
  all: ['inspections'] as const,
  plan: (planId: number) => ['inspections', 'plan', planId] as const,
  detail: (id: number) => ['inspections', 'detail', id] as const,
  project: (projectId: number) => ['inspections', 'project', projectId] as const,
  mine: ['inspections', 'my-rectifications'] as const,
};

export function usePlanInspections(planId: number) {
  return useQuery({ queryKey: inspectionKeys.plan(planId), queryFn: () => api.get<InspectionList>(`/plans/${planId}/inspections`), enabled: planId > 0 });
}

export function useInspection(id: number | null) {
  return useQuery({ queryKey: inspectionKeys.detail(id ?? 0), queryFn: () => api.get<InspectionDetail>(`/inspections/${id ?? 0}`), enabled: (id ?? 0) > 0 });
}

/** The project page's card: its findings and rectifications. */
export function useProjectFindings(projectId: number) {
  return useQuery({
    queryKey: inspectionKeys.project(projectId),
    queryFn: () => api.get<ListResponse<Finding>>(`/projects/${projectId}/inspection-findings`),
    enabled: projectId > 0,
  });
}

/** 我的待办: my unit's open rectifications (for the 督查室: those awaiting review). */
export function useMyRectifications() {
  return useQuery({ queryKey: inspectionKeys.mine, queryFn: () => api.get<ListResponse<MyRectification>>('/me/rectifications') });
}

/** Every write reloads all inspection queries when it settles, so a refusal or a conflict shows the current state. */
function useInspectionMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => void queryClient.invalidateQueries({ queryKey: inspectionKeys.all }) });
}

export function useSaveInspection(planId: number, inspectionId: number | null) {
  return useInspectionMutation((input: InspectionInput & { version?: number }) =>
    inspectionId ? api.patch<InspectionDetail>(`/inspections/${inspectionId}`, input) : api.post<InspectionDetail>(`/plans/${planId}/inspections`, input),
  );
}

export function useCreateFinding(inspectionId: number) {
  return useInspectionMutation((input: FindingInput) => api.post<Finding>(`/inspections/${inspectionId}/findings`, input));
}

export function useUpdateFinding(findingId: number) {
  return useInspectionMutation((input: { description: string; severity: FindingSeverity; version: number }) =>
    api.patch<Finding>(`/findings/${findingId}`, input),
  );
}

export function useRequestRectification(findingId: number) {
  return useInspectionMutation((input: RectificationInput) => api.post<Finding>(`/findings/${findingId}/rectification`, input));
}

export function useRespondRectification(rectificationId: number) {
  return useInspectionMutation((input: { evidence: string; version: number }) => api.post<Finding>(`/rectifications/${rectificationId}/respond`, input));
}

export function useReviewRectification(rectificationId: number) {
  return useInspectionMutation(({ accept, comment, version }: { accept: boolean; comment?: string; version: number }) =>
    api.post<Finding>(`/rectifications/${rectificationId}/${accept ? 'accept' : 'return'}`, { comment, version }),
  );
}

/**
 * Upload a photo of a finding or of a rectification's evidence. The server keeps the photo's own EXIF GPS; the
 * phone's position (when the user allows it) is sent too, for cameras that strip EXIF.
 */
export async function uploadInspectionPhoto(target: { findingId: number } | { rectificationId: number }, file: File): Promise<InspectionPhoto> {
  const form = new FormData();
  form.append('file', file);
  const position = await currentPosition();
  const path = 'findingId' in target ? `/findings/${target.findingId}/photos` : `/rectifications/${target.rectificationId}/photos`;
  return api.upload<InspectionPhoto>(withQuery(path, position ? { lat: position.lat, lng: position.lng } : {}), form);
}

export function deleteInspectionPhoto(photoId: number): Promise<void> {
  return api.delete<void>(`/inspection-photos/${photoId}`);
}
