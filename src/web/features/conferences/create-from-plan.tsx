import { Button, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { conferencesVi } from '../../i18n/conferences.vi';
import { ErrorAlert } from '../../ui/error-alert';
import { ButtonLink } from '../../ui/router-links';
import { conferenceApi, useConferenceList, useConferenceMutation } from './conferences.queries';

/** POST /api/conferences {fromPlan}, then the new conference's page. */
export function useCreateFromPlan() {
  const navigate = useNavigate();
  return useConferenceMutation((planId: number) => conferenceApi.create({ fromPlan: planId }), {
    onSuccess: (created) =>
      void navigate({ to: '/hoi-nghi/$id', params: { id: String(created.id) }, search: {} }),
  });
}

/** The conference already made from this plan, if any (the server would make a second one). */
function useConferenceOfPlan(planId: number) {
  const list = useConferenceList({ limit: 200, offset: 0 });
  return { isPending: list.isPending, conference: list.data?.items.find((c) => c.planId === planId) ?? null };
}

/** "Tạo hội nghị từ kế hoạch" on a plan whose draft has conference facts; "Mở hội nghị" once it exists. */
export function CreateFromPlanButton({
  planId,
  label = conferencesVi.fromPlanButton,
}: {
  planId: number;
  label?: string;
}) {
  const create = useCreateFromPlan();
  const existing = useConferenceOfPlan(planId);
  if (existing.conference)
    return (
      <div>
        <ButtonLink
          variant="light"
          color="grape"
          to="/hoi-nghi/$id"
          params={{ id: String(existing.conference.id) }}
          search={{}}
        >
          {conferencesVi.openPlanConference}
        </ButtonLink>
      </div>
    );
  return (
    <Stack gap="xs">
      <div>
        <Button
          variant="light"
          color="grape"
          onClick={() => create.mutate(planId)}
          loading={create.isPending}
          disabled={existing.isPending}
        >
          {label}
        </Button>
      </div>
      <ErrorAlert error={create.error} />
    </Stack>
  );
}
