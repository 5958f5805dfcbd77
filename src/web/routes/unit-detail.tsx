import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formalDate, tableDate } from '../../core/dates/vn-dates';
import { UnitChildren } from '../features/units/unit-children';
import { UnitHistory } from '../features/units/unit-history';
import { useUnitDetail } from '../features/units/units.queries';
import { isApiError, isForbidden } from '../api-client';
import { vi } from '../i18n/vi';
import { ErrorAlert } from '../ui/error-alert';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { LoadingBlock } from '../ui/loading-block';
import { PageHeader } from '../ui/page-header';
import { AnchorLink, ButtonLink } from '../ui/router-links';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{children}</Text>
    </div>
  );
}

export function UnitDetailPage({ code, at }: { code: string; at: string | undefined }) {
  const { data: unit, error, isPending } = useUnitDetail(code, at);
  if (isPending) return <LoadingBlock />;
  if (isForbidden(error))
    return <ForbiddenPanel message={error.message} backTo="/don-vi" backLabel={vi.units.title} />;
  if (error) {
    return (
      <Stack>
        <ErrorAlert
          error={error}
          title={isApiError(error) && error.status === 404 ? vi.errors.notFoundTitle : undefined}
        />
        <div>
          <ButtonLink to="/don-vi" variant="light">
            {vi.units.title}
          </ButtonLink>
        </div>
      </Stack>
    );
  }

  const crumbs = [
    <AnchorLink key="units" to="/don-vi" search={{ at }} size="sm">
      {vi.units.title}
    </AnchorLink>,
    ...unit.ancestors.map((ancestor) => (
      <AnchorLink
        key={ancestor.code}
        to="/don-vi/$code"
        params={{ code: ancestor.code }}
        search={{ at }}
        size="sm"
      >
        {ancestor.fullName}
      </AnchorLink>
    )),
  ];

  return (
    <>
      <PageHeader
        title={unit.fullName}
        crumbs={crumbs}
        description={at ? vi.units.seenAt(formalDate(at)) : undefined}
        actions={
          <ButtonLink
            to="/don-vi/$code/quan-tri"
            params={{ code: unit.code }}
            search={{ at }}
            variant="light"
          >
            {vi.unitDetail.admin}
          </ButtonLink>
        }
      />
      <Stack gap="md">
        <Paper
          withBorder
          p={{ base: 'sm', sm: 'md' }}
          radius="md"
          component="section"
          aria-labelledby="unit-info"
        >
          <Title order={2} size="h3" id="unit-info" mb="sm">
            {vi.unitDetail.info}
          </Title>
          <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
            <Field label={vi.unitDetail.fullName}>{unit.fullName}</Field>
            <Field label={vi.units.level}>{vi.levels[unit.level]}</Field>
            <Field label={vi.units.type}>{unit.type}</Field>
            <Field label={vi.units.code}>{unit.code}</Field>
            <Field label={vi.units.shortName}>{unit.shortName ?? vi.common.none}</Field>
            <Field label={vi.units.validFrom}>
              {unit.validFrom ? tableDate(unit.validFrom) : vi.common.none}
            </Field>
            <Field label={vi.units.validTo}>
              {unit.validTo ? tableDate(unit.validTo) : vi.units.current}
            </Field>
          </SimpleGrid>
        </Paper>
        <UnitHistory unit={unit} />
        <UnitChildren unit={unit} at={at} />
      </Stack>
    </>
  );
}
