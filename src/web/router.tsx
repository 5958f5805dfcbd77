import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router';
import { meQuery } from './features/auth/auth.queries';
import { isMonth } from './features/tasks/month-grid';
import { parseTasksSearch } from './features/tasks/task-filters';
import {
  AccountPage,
  AppLayout,
  AuditPage,
  CalendarPage,
  CheckinPage,
  ComingSoonPage,
  ConferencePage,
  ConferencesPage,
  DocumentPage,
  DocumentsPage,
  EditPlanPage,
  HomePage,
  LoginPage,
  NewConferencePage,
  NewDocumentPage,
  NewPlanPage,
  NotFound,
  PagePending,
  PlanImportPage,
  PlanPage,
  PlansPage,
  rendering,
  RsvpPage,
  TaskDetailPage,
  TasksPage,
  TrackingPage,
  UnitAdminPage,
  UnitDetailPage,
  UnitsPage,
  UsersPage,
} from './pages';
import type { UpcomingArea } from './routes/coming-soon';
import {
  DEFAULT_CONFERENCE_TAB,
  parseAtSearch,
  parseAuditSearch,
  parseConferenceSearch,
  parseConferencesSearch,
  parseDocumentsSearch,
  parseLoginSearch,
  parsePlanSearch,
  parsePlansSearch,
  parseUnitAdminSearch,
  parseUnitsSearch,
  parseUsersSearch,
  positiveId,
  safeRedirect,
} from './routes/route-search';
import { RouteError } from './ui/route-error';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dang-nhap',
  validateSearch: parseLoginSearch,
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me) redirect({ href: safeRedirect(search.redirect), throw: true });
  },
  component: rendering(LoginPage, function LoginRoute() {
    const { redirect: target } = loginRoute.useSearch();
    return <LoginPage redirect={target} />;
  }),
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

// A delegate's personal link from the giấy mời: public (the signed token is the key), outside the signed-in frame.
const rsvpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/moi/$token',
  component: rendering(RsvpPage, function RsvpRoute() {
    const { token } = rsvpRoute.useParams();
    return <RsvpPage key={token} token={token} />;
  }),
});

// The check-in phone at a bridge point: signed in, but full screen, without the navigation frame.
const checkinRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/diem-danh/$id',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) redirect({ to: '/dang-nhap', search: { redirect: location.href }, throw: true });
  },
  component: rendering(CheckinPage, function CheckinRoute() {
    const id = Number(checkinRoute.useParams().id);
    if (!Number.isInteger(id) || id <= 0) return <NotFound />;
    return <CheckinPage key={id} id={id} />;
  }),
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const upcoming = (path: string, area: UpcomingArea) =>
  createRoute({
    getParentRoute: () => appRoute,
    path,
    component: rendering(ComingSoonPage, () => <ComingSoonPage area={area} />),
  });

const unitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/don-vi',
  validateSearch: parseUnitsSearch,
  component: rendering(UnitsPage, function UnitsRoute() {
    return <UnitsPage search={unitsRoute.useSearch()} />;
  }),
});

const unitDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/don-vi/$code',
  validateSearch: parseAtSearch,
  component: rendering(UnitDetailPage, function UnitDetailRoute() {
    const { code } = unitDetailRoute.useParams();
    const { at } = unitDetailRoute.useSearch();
    return <UnitDetailPage key={`${code}-${at ?? ''}`} code={code} at={at} />;
  }),
});

const unitAdminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/don-vi/$code/quan-tri',
  validateSearch: parseUnitAdminSearch,
  component: rendering(UnitAdminPage, function UnitAdminRoute() {
    const { code } = unitAdminRoute.useParams();
    const { at, q, page } = unitAdminRoute.useSearch();
    return <UnitAdminPage key={code} code={code} at={at} users={{ q, page }} />;
  }),
});

const documentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/van-ban',
  validateSearch: parseDocumentsSearch,
  component: rendering(DocumentsPage, function DocumentsRoute() {
    return <DocumentsPage search={documentsRoute.useSearch()} />;
  }),
});
const newDocumentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/van-ban/moi',
  component: NewDocumentPage,
});
const documentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/van-ban/$id',
  component: rendering(DocumentPage, function DocumentRoute() {
    const { id } = documentRoute.useParams();
    const numeric = Number(id);
    if (!Number.isInteger(numeric) || numeric <= 0) return <NotFound />;
    return <DocumentPage key={numeric} id={numeric} />;
  }),
});

// Follow-up of plans: the unit's tasks, one task, the deadline calendar, the unit dashboard.
const tasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/viec',
  validateSearch: parseTasksSearch,
  component: rendering(TasksPage, function TasksRoute() {
    return <TasksPage search={tasksRoute.useSearch()} />;
  }),
});
const taskRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/viec/$id',
  component: rendering(TaskDetailPage, function TaskRoute() {
    const { id } = taskRoute.useParams();
    const numeric = Number(id);
    if (!Number.isInteger(numeric) || numeric <= 0) return <NotFound />;
    return <TaskDetailPage key={numeric} id={numeric} />;
  }),
});
const oldTasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhiem-vu',
  beforeLoad: () => redirect({ to: '/viec', search: {}, replace: true, throw: true }),
});
const calendarRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/lich',
  validateSearch: (search: Record<string, unknown>): { thang?: string } => ({
    thang: isMonth(search.thang) ? search.thang : undefined,
  }),
  component: rendering(CalendarPage, function CalendarRoute() {
    return <CalendarPage month={calendarRoute.useSearch().thang} />;
  }),
});
const trackingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/theo-doi',
  component: rendering(TrackingPage, () => <TrackingPage code={undefined} />),
});
const unitTrackingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/theo-doi/$code',
  component: rendering(TrackingPage, function UnitTrackingRoute() {
    return <TrackingPage code={unitTrackingRoute.useParams().code} />;
  }),
});

// Kế hoạch: the list, a new plan (maybe answering a higher plan's cascade), an imported one, one plan by tab, its edit page.
const plansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach',
  validateSearch: parsePlansSearch,
  component: rendering(PlansPage, function PlansRoute() {
    return <PlansPage search={plansRoute.useSearch()} />;
  }),
});
const newPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach/moi',
  validateSearch: (search: Record<string, unknown>): { parent?: number } => ({
    parent: positiveId(search.parent),
  }),
  component: rendering(NewPlanPage, function NewPlanRoute() {
    const { parent } = newPlanRoute.useSearch();
    return <NewPlanPage key={parent ?? 0} parentPlanId={parent} />;
  }),
});
const importPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach/nhap',
  component: PlanImportPage,
});
const planRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach/$id',
  validateSearch: parsePlanSearch,
  component: rendering(PlanPage, function PlanRoute() {
    const id = positiveId(planRoute.useParams().id);
    const { tab } = planRoute.useSearch();
    const navigate = planRoute.useNavigate();
    if (id === undefined) return <NotFound />;
    return (
      <PlanPage
        key={id}
        id={id}
        tab={tab ?? 'van-ban'}
        onTabChange={(next) =>
          void navigate({ search: { tab: next === 'van-ban' ? undefined : next }, replace: true })
        }
      />
    );
  }),
});
const editPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ke-hoach/$id/sua',
  component: rendering(EditPlanPage, function EditPlanRoute() {
    const id = positiveId(editPlanRoute.useParams().id);
    if (id === undefined) return <NotFound />;
    return <EditPlanPage key={id} id={id} />;
  }),
});

// Hội nghị: the list, a new conference (from a plan or typed in), one conference by tab.
const conferencesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/hoi-nghi',
  validateSearch: parseConferencesSearch,
  component: rendering(ConferencesPage, function ConferencesRoute() {
    return <ConferencesPage search={conferencesRoute.useSearch()} />;
  }),
});
const newConferenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/hoi-nghi/moi',
  component: NewConferencePage,
});
const conferenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/hoi-nghi/$id',
  validateSearch: parseConferenceSearch,
  component: rendering(ConferencePage, function ConferenceRoute() {
    const id = positiveId(conferenceRoute.useParams().id);
    const search = conferenceRoute.useSearch();
    const navigate = conferenceRoute.useNavigate();
    if (id === undefined) return <NotFound />;
    return (
      <ConferencePage
        key={id}
        id={id}
        tab={search.tab ?? DEFAULT_CONFERENCE_TAB}
        onTabChange={(next) =>
          void navigate({
            search: { tab: next === DEFAULT_CONFERENCE_TAB ? undefined : next },
            replace: true,
          })
        }
        search={search}
        onSearch={(patch, replace = true) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace })
        }
      />
    );
  }),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nguoi-dung',
  validateSearch: parseUsersSearch,
  component: rendering(UsersPage, function UsersRoute() {
    return <UsersPage search={usersRoute.useSearch()} />;
  }),
});
const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nhat-ky',
  validateSearch: parseAuditSearch,
  component: rendering(AuditPage, function AuditRoute() {
    return <AuditPage search={auditRoute.useSearch()} />;
  }),
});
const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tai-khoan',
  component: AccountPage,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  rsvpRoute,
  checkinRoute,
  appRoute.addChildren([
    homeRoute,
    plansRoute,
    newPlanRoute,
    importPlanRoute,
    planRoute,
    editPlanRoute,
    documentsRoute,
    newDocumentRoute,
    documentRoute,
    tasksRoute,
    taskRoute,
    oldTasksRoute,
    calendarRoute,
    trackingRoute,
    unitTrackingRoute,
    upcoming('/chi-tieu', 'targets'),
    conferencesRoute,
    newConferenceRoute,
    conferenceRoute,
    upcoming('/khen-thuong', 'awards'),
    unitsRoute,
    unitDetailRoute,
    unitAdminRoute,
    usersRoute,
    auditRoute,
    accountRoute,
  ]),
]);

/** The app's router; `history` is the browser's unless given (a test's memory history at a chosen address). */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: PagePending,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
