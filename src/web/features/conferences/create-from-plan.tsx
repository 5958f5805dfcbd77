import { Button, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { conferencesVi } from '../../i18n/conferences.vi';
import { ErrorAlert } from '../../ui/error-alert';
import { conferenceApi, useConferenceMutation } from './conferences.queries';

/** POST /api/conferences {fromPlan}, then the new conference's page. */
export function useCreateFromPlan() {
  const navigate = useNavigate();
  return useConferenceMutation((planId: number) => conferenceApi.create({ fromPlan: planId }), {
    onSuccess: (created) =>
      void navigate({ to: '/hoi-nghi/$id', params: { id: String(created.id) }, search: {} }),
  });
}

/** "Tạo hội nghị từ kế hoạch" on a plan whose draft has conference facts. */
export function CreateFromPlanButton({
  planId,
  label = conferencesVi.fromPlanButton,
}: {
  planId: number;
  label?: string;
}) {
  const create = useCreateFromPlan();
  return (
    <Stack gap="xs">
      <div>
        <Button
          variant="light"
          color="grape"
          onClick={() => create.mutate(planId)}
          loading={create.isPending}
        >
          {label}
        </Button>
      </div>
      <ErrorAlert error={create.error} />
    </Stack>
  );
}
