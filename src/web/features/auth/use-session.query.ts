import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../api/http-client';
import type { Me, SessionResponse } from '../../../contract/auth.contract';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** The signed-in user; also refreshes the CSRF token the client sends on writes. */
export function useMe() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: async () => {
      const session = await api.get<SessionResponse>('/auth/me');
      setCsrfToken(session.csrfToken);
      return session.user;
    },
    staleTime: 5 * 60 * 1000,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { username: string; password: string }) => api.post<SessionResponse>('/auth/login', credentials),
    onSuccess: (session) => {
      // A new person may be signing in on this browser: forget everything cached for the last one.
      queryClient.clear();
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(ME_QUERY_KEY, session.user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.post<{ ok: true }>('/auth/password', body),
    onSuccess: () => {
      // Lift the must-change gate at once, then confirm with the server (a revoked session then leads to login).
      queryClient.setQueryData<Me>(ME_QUERY_KEY, (old) => (old ? { ...old, mustChangePassword: false } : old));
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
