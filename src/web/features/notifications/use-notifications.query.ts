import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/http-client';
import type {
  DeliveryLog,
  NotificationList,
  NotificationPreferences,
  NotificationPreferencesBody,
  RobotSettingBody,
  UnitRobotSettings,
  UnreadCount,
} from '../../../contract/notifications.contract';

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', unreadOnly] as const,
  preferences: ['notification-preferences'] as const,
  robots: (unitId: number) => ['unit-robots', unitId] as const,
  deliveries: (status: string | undefined) => ['notification-deliveries', status ?? 'all'] as const,
};

/** The bell: unread count, refreshed every minute and when the window regains focus. */
export function useUnreadCount() {
  return useQuery({ queryKey: notificationKeys.unread, queryFn: () => api.get<UnreadCount>('/notifications/unread-count'), refetchInterval: 60_000 });
}

export function useNotifications(unreadOnly: boolean) {
  return useQuery({
    queryKey: notificationKeys.list(unreadOnly),
    queryFn: () => api.get<NotificationList>(withQuery('/notifications', { unreadOnly: unreadOnly ? '1' : undefined, limit: 100 })),
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number | 'all') => (id === 'all' ? api.post<UnreadCount>('/notifications/read-all') : api.post<UnreadCount>(`/notifications/${id}/read`)),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function usePreferences() {
  return useQuery({ queryKey: notificationKeys.preferences, queryFn: () => api.get<NotificationPreferences>('/me/notification-preferences') });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferencesBody) => api.put<NotificationPreferences>('/me/notification-preferences', body),
    onSuccess: (data) => queryClient.setQueryData(notificationKeys.preferences, data),
  });
}

export function useUnitRobots(unitId: number) {
  return useQuery({
    queryKey: notificationKeys.robots(unitId),
    queryFn: () => api.get<UnitRobotSettings>(`/units/${unitId}/robot-settings`),
    enabled: unitId > 0,
  });
}

export function useSaveUnitRobot(unitId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RobotSettingBody) => api.put<UnitRobotSettings>(`/units/${unitId}/robot-settings`, body),
    onSuccess: (data) => queryClient.setQueryData(notificationKeys.robots(unitId), data),
  });
}

export function useDeliveryLog(status: 'pending' | 'sending' | 'sent' | 'failed' | undefined) {
  return useQuery({
    queryKey: notificationKeys.deliveries(status),
    queryFn: () => api.get<DeliveryLog>(withQuery('/admin/notification-deliveries', { status, limit: 200 })),
  });
}
