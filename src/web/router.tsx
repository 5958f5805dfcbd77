import { Button, Stack } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Link,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { IsoDate } from '../contracts/common';
import { UnitLevel } from '../contracts/units';
import { meQuery } from './features/auth/auth.queries';
import { vi } from './i18n/vi';
import { AccountPage } from './routes/account';
import { AppLayout } from './routes/app-layout';
import { AuditPage } from './routes/audit';
import { ComingSoonPage, type UpcomingArea } from './routes/coming-soon';
import { DocumentPage, NewDocumentPage } from './routes/document-edit';
import { DocumentsPage } from './routes/documents';
import { HomePage } from './routes/home';
import { LoginPage, safeRedirect } from './routes/login';
import { UnitAdminPage } from './routes/unit-admin';
import { UnitDetailPage } from './routes/unit-detail';
import { UnitsPage, type UnitsSearch } from './routes/units';
import { UsersPage } from './routes/users';
import { ErrorAlert } from './ui/error-alert';
import { PageHeader } from './ui/page-header';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
const isoDate = (value: unknown): string | undefined =>
  IsoDate.safeParse(value).success ? (value as string) : undefined;

function NotFound() {
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

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFound,
  errorComponent: ({ error, reset }) => (
    <Stack p="md" maw={640}>
      <ErrorAlert error={error} />
      <div>
        <Button variant="light" onClick={reset}>
          {vi.common.retry}
        </Button>
      </div>
    </Stack>
  ),
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dang-nhap',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: text(search.redirect),
  }),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me) redirect({ href: safeRedirect(search.redirect), throw: true });
  },
  component: function LoginRoute() {
    const { redirect: target } = loginRoute.useSearch();
    return <LoginPage redirect={target} />;
  },
});

/** Every page but the login page needs a session; without one the user is sent to sign in and brought back. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) redirect({ to: '/dang-nhap', search: { redirect: location.href }, throw: true });
  },
  component: AppLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const upcoming = (path: string, area: UpcomingArea) =>
  createRoute({ getParentRoute: () => appRoute, path, component: () => <ComingSoonPage area={area} /> });

const unitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/don-vi',
  validateSearch: (search: Record<string, unknown>): UnitsSearch => {
    const level = UnitLevel.safeParse(search.level);
    const page = Number(search.page);
    return {
      q: text(search.q),
      level: level.success ? level.data : undefined,
      at: isoDate(search.at),
      page: Number.isInteger(page) && page > 1 ? page : undefined,
    };
  },
  component: function UnitsRoute() {
    return <UnitsPage search={unitsRoute.useSearch()} />;
  },
});

const atSearch = (search: Record<string, unknown>): { at?: string } => ({ at: isoDate(search.at) });

const unitDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/don-vi/$code',
  validateSearch: atSearch,
  component: function UnitDetailRoute() {
    const { code } = unitDetailRoute.useParams();
    const { at } = unitDetailRoute.useSearch();
    return <UnitDetailPage key={`${code}-${at ?? ''}`} code={code} at={at} />;
  },
});

const unitAdminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/don-vi/$code/quan-tri',
  validateSearch: atSearch,
  component: function UnitAdminRoute() {
    const { code } = unitAdminRoute.useParams();
    const { at } = unitAdminRoute.useSearch();
    return <UnitAdminPage key={code} code={code} at={at} />;
  },
});

const documentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/van-ban',
  component: DocumentsPage,
});
const newDocumentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/van-ban/moi',
  component: NewDocumentPage,
});
const documentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/van-ban/$id',
  component: function DocumentRoute() {
    const { id } = documentRoute.useParams();
    const numeric = Number(id);
    if (!Number.isInteger(numeric) || numeric <= 0) return <NotFound />;
    return <DocumentPage key={numeric} id={numeric} />;
  },
});

const usersRoute = createRoute({ getParentRoute: () => appRoute, path: '/nguoi-dung', component: UsersPage });
const auditRoute = createRoute({ getParentRoute: () => appRoute, path: '/nhat-ky', component: AuditPage });
const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tai-khoan',
  component: AccountPage,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    upcoming('/ke-hoach', 'plans'),
    documentsRoute,
    newDocumentRoute,
    documentRoute,
    upcoming('/nhiem-vu', 'tasks'),
    upcoming('/chi-tieu', 'targets'),
    upcoming('/hoi-nghi', 'conferences'),
    upcoming('/khen-thuong', 'awards'),
    unitsRoute,
    unitDetailRoute,
    unitAdminRoute,
    usersRoute,
    auditRoute,
    accountRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
