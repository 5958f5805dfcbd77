import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import type { Notification } from '../../../contracts/notifications';
import { tasksVi } from '../../i18n/tasks.vi';
import { dateTimeVn } from '../../ui/date-display';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingBlock } from '../../ui/loading-block';
import { useMarkAllRead, useMarkRead, useNotifications } from './notifications.queries';

const t = tasksVi.notifications;

function BellIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function NotificationItem({ item, onOpen }: { item: Notification; onOpen: (item: Notification) => void }) {
  const isUnread = item.readAt === null;
  return (
    <UnstyledButton
      onClick={() => onOpen(item)}
      p="xs"
      style={{ borderRadius: 4, display: 'block', width: '100%' }}
      bg={isUnread ? 'blue.0' : undefined}
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        {isUnread && (
          <Text component="span" c="blue.7" fz={10} mt={4} aria-label={t.unread}>
            ●
          </Text>
        )}
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={isUnread ? 700 : 500} style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Text>
          <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
            {item.body}
          </Text>
          <Text size="xs" c="dimmed">
            {dateTimeVn(item.createdAt)}
          </Text>
        </div>
      </Group>
    </UnstyledButton>
  );
}

/** The header's bell: the unread count, and the latest notices; opening one marks it read and shows its task. */
export function NotificationBell() {
  const [isOpen, { toggle, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const list = useNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unread = list.data?.unread ?? 0;

  const open = (item: Notification) => {
    if (item.readAt === null) markRead.mutate(item.id);
    close();
    if (item.taskId !== null) void navigate({ to: '/viec/$id', params: { id: String(item.taskId) } });
    else if (item.planId !== null)
      void navigate({ to: '/ke-hoach/$id', params: { id: String(item.planId) } });
  };

  return (
    <Popover
      opened={isOpen}
      onChange={(opened) => !opened && close()}
      position="bottom-end"
      width="min(380px, calc(100vw - 16px))"
      shadow="md"
      withinPortal
    >
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={18}
          color="red"
          disabled={unread === 0}
          offset={6}
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-label={t.bell(unread)}
            aria-expanded={isOpen}
          >
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Group justify="space-between" gap="xs" mb={4}>
          <Text fw={700}>{t.title}</Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t.markAll}
          </Button>
        </Group>
        <Divider mb={4} />
        {list.isPending && <LoadingBlock />}
        <ErrorAlert error={list.error} />
        {list.data && list.data.items.length === 0 && (
          <Text size="sm" c="dimmed" p="xs">
            {t.none}
          </Text>
        )}
        {list.data && list.data.items.length > 0 && (
          <ScrollArea.Autosize mah="min(460px, 70vh)">
            <Stack gap={2}>
              {list.data.items.map((item) => (
                <NotificationItem key={item.id} item={item} onOpen={open} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
