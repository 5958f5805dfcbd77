import { Alert, Stack } from '@mantine/core';
import { webYear } from '../ui/clock';
import { useQuery } from '@tanstack/react-query';
import { DocumentDraft } from '../../contracts/documents';

import { isForbidden } from '../api/client';
import { useMe } from '../features/auth/auth.queries';
import { PlanEditor } from '../features/plans/plan-editor';
import { detailToPlanForm, emptyPlanForm } from '../features/plans/plan-form-state';
import { usePlanDetail } from '../features/plans/plans.queries';
import { unitDetailQuery } from '../features/units/units.queries';
import { plansVi } from '../i18n/plans.vi';
import { ErrorAlert } from '../ui/error-alert';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { LoadingBlock } from '../ui/loading-block';
import { PageHeader } from '../ui/page-header';
import { AnchorLink, ButtonLink } from '../ui/router-links';

const t = plansVi;
const listCrumb = (
  <AnchorLink key="plans" to="/ke-hoach">
    {t.breadcrumb}
  </AnchorLink>
);

/** A breadcrumb stays on one line: long titles are cut at a word. */
function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

function ParentPlanNotice({ id }: { id: number }) {
  const parent = usePlanDetail(id);
  if (!parent.data) return null;
  return (
    <Alert color="blue" variant="light" mb="md">
      {t.editor.parentPlan(
        parent.data.number ? `${parent.data.number} – ${parent.data.title}` : parent.data.title,
      )}
    </Alert>
  );
}

/** /ke-hoach/moi: a new plan, issued by the account's organization (else its unit) unless another is chosen. */
export function NewPlanPage({ parentPlanId }: { parentPlanId?: number }) {
  const me = useMe();
  const year = webYear();
  return (
    <>
      <PageHeader title={t.editor.newTitle} crumbs={[listCrumb]} />
      {parentPlanId !== undefined && <ParentPlanNotice id={parentPlanId} />}
      <PlanEditor
        planId={null}
        initialForm={emptyPlanForm(me.organization ?? me.unit, year)}
        parentPlanId={parentPlanId ?? null}
      />
    </>
  );
}

/** /ke-hoach/$id/sua: a draft plan, or an amendment of an issued one. */
export function EditPlanPage({ id }: { id: number }) {
  const detail = usePlanDetail(id);
  const unitCode = detail.data?.unitCode;
  const unit = useQuery({ ...unitDetailQuery(unitCode ?? '', undefined), enabled: unitCode !== undefined });
  if (detail.isPending || (detail.data && unit.isPending)) return <LoadingBlock />;
  if (isForbidden(detail.error)) return <ForbiddenPanel message={detail.error.message} backTo="/ke-hoach" />;
  if (detail.error) return <ErrorAlert error={detail.error} />;
  const plan = detail.data;
  const crumbs = [
    listCrumb,
    <AnchorLink key="plan" to="/ke-hoach/$id" params={{ id: String(id) }}>
      {plan.number ?? shorten(plan.title)}
    </AnchorLink>,
  ];
  const isIssued = plan.status === 'issued' || plan.status === 'in_progress';
  const isEditable = plan.permissions.canEdit && (plan.status === 'draft' || isIssued);
  if (!isEditable)
    return (
      <>
        <PageHeader title={t.editor.editTitle} crumbs={crumbs} />
        <Stack gap="sm" maw={640}>
          <Alert color="yellow" variant="light">
            {t.editor.notEditable}
          </Alert>
          <div>
            <ButtonLink variant="light" to="/ke-hoach/$id" params={{ id: String(id) }}>
              {t.editor.cancel}
            </ButtonLink>
          </div>
        </Stack>
      </>
    );
  const draft = DocumentDraft.safeParse(plan.draft);
  return (
    <>
      <PageHeader title={isIssued ? t.editor.amendTitle : t.editor.editTitle} crumbs={crumbs} />
      {isIssued && (
        <Alert color="blue" variant="light" mb="md">
          {t.editor.amendNotice}
        </Alert>
      )}
      <PlanEditor
        key={`${plan.id}-${plan.updatedAt}`}
        planId={plan.id}
        initialForm={detailToPlanForm(plan, draft.success ? draft.data : null, unit.data ?? null)}
        isIssued={isIssued}
      />
    </>
  );
}
