import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { ListResponse, Role, User } from '../../api/api.types';

export const userKeys = { list: () => ['users', 'list'] as const };

export function useUsers() {
  return useQuery({
    queryKey: userKeys.list(),
    queryFn: () => api.get<ListResponse<User>>('/users'),
  });
}

export interface NewUserInput {
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  password: string;
}

export interface UserChangeInput {
  displayName?: string;
  role?: Role;
  unitId?: number | null;
  isDisabled?: boolean;
  /** the version the admin looked at; a stale one answers 409 */
  version: number;
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userKeys.list() });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: NewUserInput) => api.post<User>('/users', input),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, ...change }: UserChangeInput & { id: number }) => api.patch<User>(`/users/${id}`, change),
    // Reload on conflict too, so the next attempt carries the current version.
    onSettled: invalidate,
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) =>
      api.post<{ ok: true }>(`/users/${id}/reset-password`, { password }),
    onSuccess: invalidate,
  });
}
