import { Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { RegisterQuery } from '../../../contracts/documents';
import type { UnitSummary } from '../../../contracts/units';
import { download } from '../../api/client';
import { vi } from '../../i18n/vi';
import { TableDate } from '../../ui/date-display';
import { ErrorAlert } from '../../ui/error-alert';
import { useSchemaForm } from '../../ui/form';
import { LoadingBlock } from '../../ui/loading-block';
import { useMe } from '../auth/auth.queries';
import { UnitSelect } from '../units/unit-select';
import { useWorkingUnit } from '../units/working-unit';
import { useRegister } from './documents.queries';

const t = vi.documents;
const c = t.registerColumns;

/** The register's year as GET /api/documents/register takes it (1945 to 2100). */
const RegisterYear = RegisterQuery.pick({ year: true });
const YEAR = RegisterQuery.shape.year;

interface RegisterValues {
  /** Whose series: documents are numbered in the series of the body that issues them. */
  unit: UnitSummary | null;
  /** The box as typed ("20" on the way to "2025"); the register follows once it is a year. */
  year: number | string;
}

interface RegisterPanelProps {
  /** The register's year (the page keeps it in its address). */
  year: number;
  onYearChange: (year: number) => void;
}

/** Sổ đăng ký văn bản đi (Phụ lục IV): the ten columns for one unit and year, and its Excel file. */
export function RegisterPanel({ year, onYearChange }: RegisterPanelProps) {
  const me = useMe();
  const { unit: workingUnit } = useWorkingUnit();
  // By default the account's organization's series.
  const form = useSchemaForm<RegisterValues>({ unit: me.organization ?? workingUnit, year }, RegisterYear);
  const { unit } = form.values;
  const [excelError, setExcelError] = useState<unknown>(null);
  const [isExporting, setExporting] = useState(false);
  const code = (unit ?? workingUnit)?.code;
  const register = useRegister(code, year);

  const exportExcel = async () => {
    setExcelError(null);
    setExporting(true);
    try {
      await download('get', '/api/documents/register.xlsx', {
        params: { query: { unit: code, year } },
        fallbackName: `so-van-ban-di-${year}.xlsx`,
      });
    } catch (error) {
      setExcelError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="xs">
        <UnitSelect
          label={t.registerUnit}
          placeholder={workingUnit?.fullName ?? t.registerUnitHint}
          value={unit}
          onChange={(next) => form.setFieldValue('unit', next)}
          w={{ base: '100%', sm: 360 }}
        />
        <NumberInput
          label={t.year}
          value={form.values.year}
          onChange={(value) => {
            form.setFieldValue('year', value);
            // The schema's check is synchronous: isValid answers a boolean at once.
            if (typeof value === 'number' && form.isValid('year') === true) onYearChange(value);
          }}
          min={YEAR.minValue ?? undefined}
          max={YEAR.maxValue ?? undefined}
          allowDecimal={false}
          w={110}
        />
        <Button variant="default" onClick={() => void exportExcel()} loading={isExporting}>
          {t.downloadExcel}
        </Button>
      </Group>
      <ErrorAlert error={excelError} />
      {register.isPending && <LoadingBlock />}
      <ErrorAlert error={register.error} />
      {register.data && register.data.length === 0 && <Text c="dimmed">{t.registerEmpty}</Text>}
      {register.data && register.data.length > 0 && (
        <Table.ScrollContainer minWidth={1100}>
          <Table striped withTableBorder withColumnBorders fz="sm">
            <Table.Thead>
              <Table.Tr>
                {[
                  c.number,
                  c.date,
                  c.kindAndTitle,
                  c.signer,
                  c.recipients,
                  c.archiveHolder,
                  c.copies,
                  c.sentDate,
                  c.receivedBy,
                  c.notes,
                ].map((h) => (
                  <Table.Th key={h}>{h}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {register.data.map((e) => (
                <Table.Tr key={e.documentId}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.number}</Table.Td>
                  <Table.Td>
                    <TableDate iso={e.issuedDate} />
                  </Table.Td>
                  <Table.Td>{e.kindAndTitle}</Table.Td>
                  <Table.Td>{e.signer}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-line' }}>{e.recipients}</Table.Td>
                  <Table.Td>{e.archiveHolder ?? ''}</Table.Td>
                  <Table.Td>{e.copies ?? ''}</Table.Td>
                  <Table.Td>{e.sentDate ? <TableDate iso={e.sentDate} /> : ''}</Table.Td>
                  <Table.Td>{e.receivedBy ?? ''}</Table.Td>
                  <Table.Td>{e.notes ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
