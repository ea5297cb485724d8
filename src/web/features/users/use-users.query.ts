import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http-client';
import type { ListResponse } from '../../../contract/common.contract';
import type { NewUserInput, User, UserChangeInput } from '../../../contract/users.contract';

export const userKeys = { list: () => ['users', 'list'] as const };

/** Every account, each with what the signed-in admin may do on it (`permissions`). */
export function useUsers() {
  return useQuery({
    queryKey: userKeys.list(),
    queryFn: () => api.get<ListResponse<User>>('/users'),
  });
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
    mutationFn: ({ id, password }: { id: number; password: string }) => api.post<{ ok: true }>(`/users/${id}/reset-password`, { password }),
    onSuccess: invalidate,
  });
}
