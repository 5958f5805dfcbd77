import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { Link, lazyRouteComponent } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { vi } from './i18n/vi';
import { PageHeader } from './ui/page-header';

// Every page is its own chunk, fetched when its route is entered (or hovered: the router preloads on intent), so the
// public pages (a delegate's /moi/$token, the check-in phone) never download the signed-in app.
export const AppLayout = lazyRouteComponent(() => import('./routes/app-layout'), 'AppLayout');
export const AccountPage = lazyRouteComponent(() => import('./routes/account'), 'AccountPage');
export const AuditPage = lazyRouteComponent(() => import('./routes/audit'), 'AuditPage');
export const CalendarPage = lazyRouteComponent(() => import('./routes/calendar'), 'CalendarPage');
export const CheckinPage = lazyRouteComponent(() => import('./routes/checkin'), 'CheckinPage');
export const ComingSoonPage = lazyRouteComponent(() => import('./routes/coming-soon'), 'ComingSoonPage');
export const ConferencePage = lazyRouteComponent(
  () => import('./routes/conference-detail'),
  'ConferencePage',
);
export const NewConferencePage = lazyRouteComponent(
  () => import('./routes/conference-new'),
  'NewConferencePage',
);
export const ConferencesPage = lazyRouteComponent(() => import('./routes/conferences'), 'ConferencesPage');
export const DocumentPage = lazyRouteComponent(() => import('./routes/document-edit'), 'DocumentPage');
export const NewDocumentPage = lazyRouteComponent(() => import('./routes/document-edit'), 'NewDocumentPage');
export const DocumentsPage = lazyRouteComponent(() => import('./routes/documents'), 'DocumentsPage');
export const HomePage = lazyRouteComponent(() => import('./routes/home'), 'HomePage');
export const LoginPage = lazyRouteComponent(() => import('./routes/login'), 'LoginPage');
export const PlanPage = lazyRouteComponent(() => import('./routes/plan-detail'), 'PlanPage');
export const EditPlanPage = lazyRouteComponent(() => import('./routes/plan-edit'), 'EditPlanPage');
export const NewPlanPage = lazyRouteComponent(() => import('./routes/plan-edit'), 'NewPlanPage');
export const PlanImportPage = lazyRouteComponent(() => import('./routes/plan-import'), 'PlanImportPage');
export const PlansPage = lazyRouteComponent(() => import('./routes/plans'), 'PlansPage');
export const RsvpPage = lazyRouteComponent(() => import('./routes/rsvp'), 'RsvpPage');
export const TasksPage = lazyRouteComponent(() => import('./routes/tasks'), 'TasksPage');
export const TaskDetailPage = lazyRouteComponent(() => import('./routes/tasks-detail'), 'TaskDetailPage');
export const TrackingPage = lazyRouteComponent(() => import('./routes/tracking'), 'TrackingPage');
export const UnitAdminPage = lazyRouteComponent(() => import('./routes/unit-admin'), 'UnitAdminPage');
export const UnitDetailPage = lazyRouteComponent(() => import('./routes/unit-detail'), 'UnitDetailPage');
export const UnitsPage = lazyRouteComponent(() => import('./routes/units'), 'UnitsPage');
export const UsersPage = lazyRouteComponent(() => import('./routes/users'), 'UsersPage');

export function NotFound() {
  return (
    <Stack p="md">
      <PageHeader title={vi.errors.notFoundTitle} description={vi.errors.notFound} />
      <div>
        <Button component={Link} to="/" variant="light">
          {vi.common.backHome}
        </Button>
      </div>
    </Stack>
  );
}

/** Shown while a page's chunk is on its way (after the router's pending delay): the first visit on a slow phone. */
export function PagePending() {
  return (
    <Center py="xl" aria-live="polite">
      <Group gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {vi.common.loadingPage}
        </Text>
      </Group>
    </Center>
  );
}

/** A route's component that renders a lazy `page` with what it reads from the address; the page loads with the route. */
export function rendering<C extends () => ReactNode>(
  page: { preload?: () => Promise<void> | undefined },
  component: C,
) {
  return Object.assign(component, { preload: () => page.preload?.() });
}
