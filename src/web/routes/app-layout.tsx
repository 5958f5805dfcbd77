import { AppShell, Box, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { isAdmin, useMe } from '../features/auth/auth.queries';
import { UserMenu } from '../features/auth/user-menu';
import { NotificationBell } from '../features/notifications/notification-bell';
import { WorkingUnitProvider } from '../features/units/working-unit';
import { WorkingUnitSwitcher } from '../features/units/working-unit-switcher';
import { tasksVi } from '../i18n/tasks.vi';
import { vi } from '../i18n/vi';

interface NavItem {
  to: string;
  label: string;
  adminOnly?: boolean;
}

const NAV: NavItem[] = [
  { to: '/', label: vi.nav.home },
  { to: '/ke-hoach', label: vi.nav.plans },
  { to: '/van-ban', label: vi.nav.documents },
  { to: '/viec', label: tasksVi.nav.tasks },
  { to: '/lich', label: tasksVi.nav.calendar },
  { to: '/theo-doi', label: tasksVi.nav.tracking },
  { to: '/chi-tieu', label: vi.nav.targets },
  { to: '/hoi-nghi', label: vi.nav.conferences },
  { to: '/khen-thuong', label: vi.nav.awards },
  { to: '/don-vi', label: vi.nav.units },
  { to: '/nguoi-dung', label: vi.nav.users, adminOnly: true },
  { to: '/nhat-ky', label: vi.nav.audit, adminOnly: true },
];

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The signed-in frame: header (product, working unit, user menu), navbar, and the page. */
export function AppLayout() {
  const me = useMe();
  const [isNavOpen, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const items = NAV.filter((item) => !item.adminOnly || isAdmin(me));

  return (
    <WorkingUnitProvider account={me}>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
        padding={{ base: 'sm', sm: 'md' }}
      >
        <AppShell.Header>
          <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="xs" wrap="nowrap">
              <Burger
                opened={isNavOpen}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={vi.nav.openMenu}
              />
              <Text
                component={Link}
                to="/"
                fw={800}
                fz={20}
                c="red.8"
                style={{ textDecoration: 'none', whiteSpace: 'nowrap' }}
              >
                {vi.productName}
              </Text>
            </Group>
            <Box visibleFrom="sm" style={{ flex: '0 1 420px', minWidth: 0 }}>
              <WorkingUnitSwitcher />
            </Box>
            <Group gap={4} wrap="nowrap">
              <NotificationBell />
              <UserMenu account={me} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={vi.nav.main}>
          <Box hiddenFrom="sm" mb="sm">
            <WorkingUnitSwitcher compact />
          </Box>
          <ScrollArea style={{ flex: 1 }}>
            <nav>
              {items.map((item) => (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
                  active={isActive(pathname, item.to)}
                  onClick={close}
                />
              ))}
            </nav>
          </ScrollArea>
        </AppShell.Navbar>
        <AppShell.Main style={{ minWidth: 0 }}>
          <Box maw={1200} mx="auto" style={{ minWidth: 0 }}>
            <Outlet />
          </Box>
        </AppShell.Main>
      </AppShell>
    </WorkingUnitProvider>
  );
}
