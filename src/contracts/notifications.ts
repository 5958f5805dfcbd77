import { z } from 'zod';
import { Notification } from './plans';

/** GET /api/notifications: all notices, or only the unread ones. */
export const NotificationListQuery = z.object({ unread: z.enum(['true', 'false']).optional() });
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

/** The notices of the account's units and how many of them are unread (not a `Page`: no total, no paging). */
export const NotificationList = z.object({ items: z.array(Notification), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;
