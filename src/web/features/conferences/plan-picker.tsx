import { Select, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { foldVietnamese } from '../../../core/vn-text/fold';
import { conferencesVi } from '../../i18n/conferences.vi';
import { LoadingBlock } from '../../ui/loading-block';
import { planDetailQuery, usePlanList } from '../plans/plans.queries';
import { useWorkingUnit } from '../units/working-unit';
import { hasConferenceFacts, planConferenceFacts, planFactParts } from './conference-text';
import { CreateFromPlanButton } from './create-from-plan';

const t = conferencesVi.newPage;
/** Plans whose details are read to find conference facts (the plan list does not say which have them). */
const CANDIDATES = 20;

const namesConference = (title: string) => foldVietnamese(title).includes('hoi nghi');

/**
 * "Từ kế hoạch": the working unit's plans that carry conference facts. The list answer has no such flag, so the
 * most likely plans (titles naming a hội nghị first) are read in full and those with `draft.conference` are offered.
 */
export function PlanPicker() {
  const { unit } = useWorkingUnit();
  const list = usePlanList({ unit: unit?.code, limit: 100, offset: 0 });
  const candidates = useMemo(() => {
    const items = list.data?.items ?? [];
    return [
      ...items.filter((p) => namesConference(p.title)),
      ...items.filter((p) => !namesConference(p.title)),
    ]
      .slice(0, CANDIDATES)
      .map((p) => p.id);
  }, [list.data]);
  const details = useQueries({ queries: candidates.map((id) => planDetailQuery(id)) });
  const withFacts = details.flatMap((d) => (d.data && hasConferenceFacts(d.data.draft) ? [d.data] : []));
  const [picked, setPicked] = useState<string | null>(null);
  const plan = withFacts.find((p) => String(p.id) === picked) ?? null;
  const facts = plan ? planConferenceFacts(plan.draft) : null;
  const isSearching = list.isPending || details.some((d) => d.isPending);

  if (isSearching && withFacts.length === 0)
    return (
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t.searchingPlans}
        </Text>
        <LoadingBlock />
      </Stack>
    );
  if (withFacts.length === 0) return <Text c="dimmed">{t.noPlans}</Text>;
  return (
    <Stack gap="sm">
      <Select
        label={t.planPicker}
        placeholder={t.planPlaceholder}
        data={withFacts.map((p) => ({
          value: String(p.id),
          label: p.number ? `${p.number} – ${p.title}` : p.title,
        }))}
        value={picked}
        onChange={setPicked}
        searchable
        comboboxProps={{ withinPortal: true }}
      />
      {plan && (
        <>
          {facts && <Text size="sm">{t.planFacts(planFactParts(facts))}</Text>}
          <CreateFromPlanButton key={plan.id} planId={plan.id} label={t.createFromPlan} />
        </>
      )}
    </Stack>
  );
}
