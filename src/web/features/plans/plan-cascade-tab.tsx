import {
  Alert,
  Badge,
  Button,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { CascadeBody, type Cascade, type PlanDetail } from '../../../contracts/plans';
import { tableDate } from '../../../core/dates/vn-dates';
import { plansVi } from '../../i18n/plans.vi';
import { vi } from '../../i18n/vi';
import { TableDate } from '../../ui/date-display';
import { FormErrorAlert } from '../../ui/error-alert';
import { bodyValidate } from '../../ui/form';
import { FormPanel } from '../../ui/form-panel';
import { AnchorLink, ButtonLink } from '../../ui/router-links';
import { useMe } from '../auth/auth.queries';
import { CascadeRespondModal } from './cascade-respond-modal';
import { useWorkingUnit } from '../units/working-unit';
import { useCreateCascade } from './plans.queries';

const t = plansVi.cascade;
type Level = 'district' | 'commune' | 'village';
type State = Cascade['units'][number]['state'];
const STATE_COLOR: Record<State, string> = {
  issued: 'green',
  issued_late: 'teal',
  pending: 'gray',
  late: 'red',
};

interface CascadeValues {
  kind: 'plan' | 'report';
  title: string;
  level: Level;
  deadline: string;
}

/** The requirement as POST /api/plans/:id/cascade takes it. */
const toBody = (values: CascadeValues) => ({ ...values, title: values.title.trim() });

/** The contract's CascadeBody, with the form's own words for a missing title or deadline. */
const validateCascade = (values: CascadeValues) => ({
  ...bodyValidate(CascadeBody, toBody)(values),
  ...(values.title.trim() ? {} : { title: t.missingTitle }),
  ...(/^\d{4}-\d{2}-\d{2}$/.test(values.deadline) ? {} : { deadline: t.missingDeadline }),
});

function CascadeForm({ plan }: { plan: PlanDetail }) {
  const form = useForm<CascadeValues>({
    mode: 'controlled',
    initialValues: { kind: 'plan', title: '', level: 'commune', deadline: '' },
    validate: validateCascade,
    clearInputErrorOnChange: false,
  });
  const { values } = form;
  const [isDone, setDone] = useState(false);
  const create = useCreateCascade(plan.id);
  const submit = (values: CascadeValues) => {
    setDone(false);
    create.mutate(toBody(values), {
      onSuccess: () => {
        form.setFieldValue('title', '');
        setDone(true);
      },
    });
  };
  return (
    <FormPanel title={t.create} titleId="cascade-form" onSubmit={form.onSubmit(submit)}>
      <Stack gap="xs">
        <div>
          <Text size="sm" fw={500} mb={4} id="cascade-kind">
            {t.kind}
          </Text>
          <SegmentedControl
            aria-labelledby="cascade-kind"
            value={values.kind}
            onChange={(value) => form.setFieldValue('kind', value === 'report' ? 'report' : 'plan')}
            data={[
              { value: 'plan', label: t.kinds.plan },
              { value: 'report', label: t.kinds.report },
            ]}
          />
        </div>
        <TextInput
          label={t.title}
          placeholder={t.titlePlaceholder}
          {...form.getInputProps('title')}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Select
            label={t.level}
            data={(['commune', 'village', 'district'] as const).map((value) => ({
              value,
              label: t.levels[value],
            }))}
            value={values.level}
            onChange={(value) => value && form.setFieldValue('level', value)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput type="date" label={t.deadline} {...form.getInputProps('deadline')} required />
        </SimpleGrid>
        <FormErrorAlert error={create.error} />
        {isDone && (
          <Alert color="green" variant="light" role="status">
            {t.created}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={create.isPending}>
            {t.submit}
          </Button>
        </div>
      </Stack>
    </FormPanel>
  );
}

type Row = Cascade['units'][number];

/**
 * A "report" cascade is answered by recording an issued document. The rows still open get the button; the
 * server refuses (403) a unit outside the account's capture scope, and the dialog shows its message.
 */
const canRecord = (cascade: Cascade, row: Row, canEdit: boolean) =>
  canEdit && cascade.kind === 'report' && (row.state === 'pending' || row.state === 'late');

function ResponseLink({ row }: { row: Row }) {
  if (row.responsePlanId !== null)
    return (
      <AnchorLink to="/ke-hoach/$id" params={{ id: String(row.responsePlanId) }}>
        {t.openPlan}
      </AnchorLink>
    );
  if (row.responseDocumentId !== null)
    return (
      <AnchorLink to="/van-ban/$id" params={{ id: String(row.responseDocumentId) }}>
        {t.openDocument}
      </AnchorLink>
    );
  return <>{vi.common.none}</>;
}

function CascadeCard({
  cascade,
  planId,
  ownUnits,
  canEdit,
}: {
  cascade: Cascade;
  planId: number;
  ownUnits: Set<string>;
  /** The account's role may record documents at all (viewers may not). */
  canEdit: boolean;
}) {
  const [recording, setRecording] = useState<Row | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const done = cascade.units.filter((u) => u.state === 'issued' || u.state === 'issued_late').length;
  const mine = cascade.units.find((u) => ownUnits.has(u.unitCode) && u.responsePlanId === null);
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {cascade.title}
        </Title>
        <Text size="sm" c="dimmed">
          {t.kinds[cascade.kind]} · {t.deadlineOf(tableDate(cascade.deadline))} ·{' '}
          {t.summary(done, cascade.units.length)}
        </Text>
        {mine && cascade.kind === 'plan' && (
          <div>
            <ButtonLink to="/ke-hoach/moi" search={{ parent: planId }} size="xs">
              {plansVi.actions.respond}
            </ButtonLink>
          </div>
        )}
        <Table.ScrollContainer minWidth={480}>
          <Table fz="sm" striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.unit}</Table.Th>
                <Table.Th>{t.state}</Table.Th>
                <Table.Th>{t.respondedAt}</Table.Th>
                <Table.Th>{t.response}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cascade.units.map((row) => (
                <Table.Tr key={row.unitCode}>
                  <Table.Td>{row.unitName}</Table.Td>
                  <Table.Td>
                    <Badge color={STATE_COLOR[row.state]} variant="light" tt="none">
                      {t.states[row.state]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <TableDate iso={row.respondedAt?.slice(0, 10)} />
                  </Table.Td>
                  <Table.Td>
                    {canRecord(cascade, row, canEdit) ? (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => {
                          setRecorded(null);
                          setRecording(row);
                        }}
                      >
                        {t.record}
                      </Button>
                    ) : (
                      <ResponseLink row={row} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {recorded && (
          <Alert color="green" variant="light" role="status">
            {t.recorded(recorded)}
          </Alert>
        )}
        {recording && (
          <CascadeRespondModal
            cascadeId={cascade.id}
            row={recording}
            onClose={() => setRecording(null)}
            onRecorded={(unitName) => {
              setRecording(null);
              setRecorded(unitName);
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** Phân cấp: requirements sent to lower units and which of them issued their plan or report, on time or late. */
export function PlanCascadeTab({ plan }: { plan: PlanDetail }) {
  const me = useMe();
  const { unit } = useWorkingUnit();
  const ownUnits = new Set(
    [me.unit?.code, me.organization?.code, unit?.code].filter((c): c is string => !!c),
  );
  const canCascade = plan.permissions.canReport && plan.status !== 'closed';
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t.intro}
      </Text>
      {plan.cascades.length === 0 && <Text c="dimmed">{t.empty}</Text>}
      {plan.cascades.map((cascade) => (
        <CascadeCard
          key={cascade.id}
          cascade={cascade}
          planId={plan.id}
          ownUnits={ownUnits}
          canEdit={me.role !== 'viewer'}
        />
      ))}
      {plan.childPlans.length > 0 && (
        <Paper withBorder p="sm" radius="md">
          <Title order={3} size="h5" mb="xs">
            {plansVi.detail.childPlans}
          </Title>
          <Stack gap={4}>
            {plan.childPlans.map((child) => (
              <Text key={child.id} size="sm">
                <AnchorLink to="/ke-hoach/$id" params={{ id: String(child.id) }}>
                  {child.title}
                </AnchorLink>{' '}
                · {child.unitName} · {plansVi.statusLabel[child.status]}
              </Text>
            ))}
          </Stack>
        </Paper>
      )}
      {canCascade && <CascadeForm plan={plan} />}
    </Stack>
  );
}
