import { Alert, Box, Group, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { DocumentDraft } from '../../../contracts/documents';
import type { PlanDetail } from '../../../contracts/plans';
import { draftLines } from '../../../core/documents/plan-parts';
import { plansVi } from '../../i18n/plans.vi';
import { dateTimeVn } from '../../ui/date-display';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingBlock } from '../../ui/loading-block';
import { usePlanVersion } from './plans.queries';
import { hasChanges, versionDiffRows, type DiffRow } from './version-diff-rows';

const t = plansVi.document;

const ROW_STYLE: Record<DiffRow['kind'], { bg?: string; c?: string; sign: string }> = {
  same: { sign: ' ' },
  added: { bg: 'green.0', c: 'green.9', sign: '+' },
  removed: { bg: 'red.0', c: 'red.9', sign: '−' },
  skipped: { c: 'dimmed', sign: ' ' },
};

function linesOf(draft: unknown): string[] | null {
  const parsed = DocumentDraft.safeParse(draft);
  return parsed.success ? draftLines(parsed.data) : null;
}

function DiffView({ planId, from, to }: { planId: number; from: number; to: number }) {
  const before = usePlanVersion(planId, from);
  const after = usePlanVersion(planId, to);
  if (before.isPending || after.isPending) return <LoadingBlock />;
  if (before.error || after.error) return <ErrorAlert error={before.error ?? after.error} />;
  const a = linesOf(before.data.draft);
  const b = linesOf(after.data.draft);
  if (!a || !b)
    return (
      <Alert color="yellow" variant="light">
        {t.badDraft}
      </Alert>
    );
  const rows = versionDiffRows(a, b);
  if (!hasChanges(rows)) return <Text c="dimmed">{t.noChanges}</Text>;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t.legend}
      </Text>
      <Box
        component="ol"
        aria-label={t.compare}
        style={{ listStyle: 'none', margin: 0, padding: 0, border: '1px solid var(--mantine-color-gray-3)' }}
      >
        {rows.map((row, i) => {
          const style = ROW_STYLE[row.kind];
          return (
            <Box
              component="li"
              key={i}
              bg={style.bg}
              c={style.c}
              px="xs"
              py={2}
              fz="sm"
              style={{
                whiteSpace: 'pre-wrap',
                overflowWrap: 'anywhere',
                textDecoration: row.kind === 'removed' ? 'line-through' : undefined,
                fontStyle: row.kind === 'skipped' ? 'italic' : undefined,
              }}
            >
              {row.kind === 'skipped' ? (
                t.unchanged(row.count)
              ) : (
                <>
                  <span aria-hidden="true" style={{ display: 'inline-block', width: '1.2em' }}>
                    {style.sign}
                  </span>
                  {row.kind === 'added' && <VisuallyHidden>{t.added}: </VisuallyHidden>}
                  {row.kind === 'removed' && <VisuallyHidden>{t.removed}: </VisuallyHidden>}
                  {row.text}
                </>
              )}
            </Box>
          );
        })}
      </Box>
    </Stack>
  );
}

/** Two versions side by side as lines: the older one's removed lines red, the newer one's added lines green. */
export function VersionCompare({ plan }: { plan: PlanDetail }) {
  const versions = plan.versions.map((v) => v.version);
  const latest = versions[versions.length - 1] ?? null;
  const defaultFrom =
    plan.issuedVersion !== null && plan.issuedVersion !== latest
      ? plan.issuedVersion
      : versions[versions.length - 2];
  const [from, setFrom] = useState<number | null>(defaultFrom ?? null);
  const [to, setTo] = useState<number | null>(latest);
  if (versions.length < 2) return <Text c="dimmed">{t.onlyOneVersion}</Text>;
  const options = plan.versions.map((v) => ({
    value: String(v.version),
    label: `${t.version(v.version)}${v.version === plan.issuedVersion ? ` (${t.issuedVersion})` : ''} · ${dateTimeVn(v.createdAt)}`,
  }));
  return (
    <Stack gap="sm">
      <Group gap="xs" align="flex-end">
        <Select
          label={t.compareFrom}
          data={options}
          value={from === null ? null : String(from)}
          onChange={(v) => setFrom(v ? Number(v) : null)}
          allowDeselect={false}
          w={{ base: '100%', sm: 300 }}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t.compareTo}
          data={options}
          value={to === null ? null : String(to)}
          onChange={(v) => setTo(v ? Number(v) : null)}
          allowDeselect={false}
          w={{ base: '100%', sm: 300 }}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      {from !== null && to !== null && <DiffView planId={plan.id} from={from} to={to} />}
    </Stack>
  );
}
