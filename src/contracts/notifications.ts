import { z } from 'zod';

export const Notification = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  taskId: z.number().int().nullable(),
  planId: z.number().int().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;

/** GET /api/notifications: all notices, or only the unread ones. */
export const NotificationListQuery = z.object({ unread: z.enum(['true', 'false']).optional() });
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

/** The notices of the account's units and how many of them are unread (not a `Page`: no total, no paging). */
export const NotificationList = z.object({ items: z.array(Notification), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;
