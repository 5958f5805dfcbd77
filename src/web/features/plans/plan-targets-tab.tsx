import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { TargetValueBody, type PlanDetail, type Target } from '../../../contracts/plans';
import type { UnitSummary } from '../../../contracts/units';
import { plansVi } from '../../i18n/plans.vi';
import { TableDate } from '../../ui/date-display';
import { FormErrorAlert } from '../../ui/error-alert';
import { bodyValidate, errorText } from '../../ui/form';
import { FormPanel } from '../../ui/form-panel';
import { blankToNull } from '../../ui/form-values';
import { UnitSelect } from '../units/unit-select';
import { useWorkingUnit } from '../units/working-unit';
import { useReportTargetValue } from './plans.queries';

const t = plansVi.targetTab;
const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "≥ 86 %" (năm 2025): the level a target asks for, or a dash when it has no figure. */
export function targetGoal(target: Pick<Target, 'comparator' | 'value' | 'unit' | 'year'>): string {
  if (target.value === null) return '—';
  const sign = target.comparator ? `${plansVi.targets.comparatorShort[target.comparator]} ` : '';
  const unit = target.unit ? ` ${target.unit}` : '';
  const year = target.year ? ` (${target.year})` : '';
  return `${sign}${NUMBER.format(target.value)}${unit}${year}`;
}

function MetBadge({ met }: { met: boolean | null }) {
  if (met === null)
    return (
      <Badge color="gray" variant="light" tt="none">
        {t.metUnknown}
      </Badge>
    );
  return (
    <Badge color={met ? 'green' : 'red'} variant="light" tt="none">
      {met ? t.metYes : t.metNo}
    </Badge>
  );
}

function TargetCard({ target, index }: { target: Target; index: number }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Text fw={600}>
          {index + 1}. {target.text}
        </Text>
        <Group gap="lg">
          {target.indicator && (
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {plansVi.targets.indicator}:{' '}
              </Text>
              {target.indicator}
            </Text>
          )}
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t.goal}:{' '}
            </Text>
            {targetGoal(target)}
          </Text>
          {target.appliesTo && (
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {t.appliesTo}:{' '}
              </Text>
              {target.appliesTo.name}
            </Text>
          )}
        </Group>
        {target.reported.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t.noReports}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table fz="sm" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t.unit}</Table.Th>
                  <Table.Th ta="right">{t.value}</Table.Th>
                  <Table.Th>{t.met}</Table.Th>
                  <Table.Th>{t.reportedAt}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {target.reported.map((r) => (
                  <Table.Tr key={r.unitCode}>
                    <Table.Td>{r.unitName}</Table.Td>
                    <Table.Td ta="right">
                      {NUMBER.format(r.value)}
                      {target.unit ? ` ${target.unit}` : ''}
                    </Table.Td>
                    <Table.Td>
                      <MetBadge met={r.met} />
                    </Table.Td>
                    <Table.Td>
                      <TableDate iso={r.reportedAt.slice(0, 10)} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

interface ReportValues {
  targetId: string | null;
  unit: UnitSummary | null;
  /** The number box as typed: a number, or '' (or a half-typed text) when there is none. */
  value: number | string;
  note: string;
}

/** The value as POST /api/targets/:id/values takes it. */
const toBody = (values: ReportValues) => ({
  unit: values.unit?.code ?? '',
  value: values.value,
  note: blankToNull(values.note),
});

/** The contract's TargetValueBody, with the form's own words for a missing unit or value. */
const validateReport = (values: ReportValues) => ({
  ...bodyValidate(TargetValueBody, toBody)(values),
  ...(values.unit ? {} : { unit: t.missingUnit }),
  ...(typeof values.value === 'number' ? {} : { value: t.missingValue }),
});

function ReportForm({ targets }: { targets: Target[] }) {
  const { unit: workingUnit } = useWorkingUnit();
  const form = useForm<ReportValues>({
    mode: 'controlled',
    initialValues: {
      targetId: targets[0] ? String(targets[0].id) : null,
      unit: workingUnit,
      value: '',
      note: '',
    },
    validate: validateReport,
    clearInputErrorOnChange: false,
  });
  const { values } = form;
  const [isDone, setDone] = useState(false);
  const report = useReportTargetValue();

  const submit = (values: ReportValues) => {
    if (!values.targetId) return;
    const body = TargetValueBody.parse(toBody(values));
    setDone(false);
    report.mutate(
      { id: Number(values.targetId), ...body, note: body.note ?? null },
      {
        onSuccess: () => {
          form.setValues({ value: '', note: '' });
          setDone(true);
        },
      },
    );
  };
  return (
    <FormPanel title={t.reportTitle} titleId="target-report" onSubmit={form.onSubmit(submit)}>
      <Stack gap="xs">
        <Select
          label={t.reportTarget}
          data={targets.map((target, i) => ({ value: String(target.id), label: `${i + 1}. ${target.text}` }))}
          value={values.targetId}
          onChange={(targetId) => form.setFieldValue('targetId', targetId)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <UnitSelect
            label={t.reportUnit}
            value={values.unit}
            onChange={(unit) => form.setFieldValue('unit', unit)}
            scope="capture"
            error={errorText(form.errors.unit)}
            required
          />
          <NumberInput
            label={t.reportValue}
            {...form.getInputProps('value')}
            decimalSeparator=","
            thousandSeparator="."
            required
          />
        </SimpleGrid>
        <TextInput label={t.reportNote} {...form.getInputProps('note')} />
        <FormErrorAlert error={report.error} />
        {isDone && (
          <Alert color="green" variant="light" role="status">
            {t.reportDone}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={report.isPending}>
            {t.reportSubmit}
          </Button>
        </div>
      </Stack>
    </FormPanel>
  );
}

/** Chỉ tiêu: each target with the values units reported and whether they meet it; a form to report a value. */
export function PlanTargetsTab({ plan }: { plan: PlanDetail }) {
  if (plan.targets.length === 0) return <Text c="dimmed">{t.empty}</Text>;
  return (
    <Stack gap="sm">
      {plan.targets.map((target, i) => (
        <TargetCard key={target.id} target={target} index={i} />
      ))}
      {plan.permissions.canReport && <ReportForm targets={plan.targets} />}
    </Stack>
  );
}
