import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IssueDocumentBody } from '../../../contracts/documents';
import {
  Cascade,
  CascadeBody,
  CascadeRespondBody,
  CreatePlanRequest,
  toCreatePlanBody,
  CreatePlanQuery,
  PlanDashboard,
  PlanDetail,
  PlanFileQuery,
  PlanList,
  PlanListQuery,
  PlanTransitionBody,
  PlanVersionParams,
  Target,
  TargetInput,
  TargetValueBody,
  UnitCodeParams,
  UnitDashboard,
  UpdatePlanBody,
} from '../../../contracts/plans';
import { IdParams } from '../../../contracts/common';
import { requireActor, type RouteContext } from '../../http';
import { renderFile, sendFile } from '../documents/documents.files';
import { layoutOfUnit } from '../documents/documents.service';
import { createPlan, getPlan, listPlans, planFileDraft, planVersion, updatePlan } from './plans.service';
import { issuePlan, transitionPlan } from './plan-lifecycle.service';
import { addTarget, deleteTarget, reportTargetValue, updateTarget } from './targets.service';
import { createCascade, respondToCascade } from './cascade.service';
import { planDashboard, unitDashboard } from './dashboards.service';

/** Plans: the document and its life cycle, targets, cascades and dashboards. */
export function plansRoutes(app: FastifyInstance, { db, config }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];

  r.get(
    '/api/plans',
    {
      schema: {
        tags,
        summary: 'Kế hoạch trong phạm vi xem',
        querystring: PlanListQuery,
        response: { 200: PlanList },
      },
    },
    async (request) => listPlans(db, requireActor(request), request.query, request.today),
  );
  r.post(
    '/api/plans',
    {
      schema: {
        tags,
        summary:
          'Lập kế hoạch: { draft, targets, tasks, ... } hoặc một DocumentDraft loại KH có targets, tasks',
        querystring: CreatePlanQuery,
        body: CreatePlanRequest,
        response: { 201: PlanDetail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createPlan(
            db,
            requireActor(request),
            toCreatePlanBody(request.body, request.query.unit),
            request.now,
          ),
        ),
  );
  r.get(
    '/api/plans/:id',
    { schema: { tags, summary: 'Kế hoạch', params: IdParams, response: { 200: PlanDetail } } },
    async (request) => getPlan(db, requireActor(request), request.params.id, request.today),
  );
  r.put(
    '/api/plans/:id',
    {
      schema: {
        tags,
        summary: 'Lưu kế hoạch (sau ban hành: phiên bản sửa đổi)',
        params: IdParams,
        body: UpdatePlanBody,
        response: { 200: PlanDetail },
      },
    },
    async (request) => updatePlan(db, requireActor(request), request.params.id, request.body, request.now),
  );
  r.post(
    '/api/plans/:id/transition',
    {
      schema: {
        tags,
        summary: 'Gửi duyệt, duyệt, trả lại, bắt đầu, kết thúc',
        params: IdParams,
        body: PlanTransitionBody,
        response: { 200: PlanDetail },
      },
    },
    async (request) =>
      transitionPlan(db, requireActor(request), request.params.id, request.body, request.now),
  );
  r.post(
    '/api/plans/:id/issue',
    {
      schema: {
        tags,
        summary: 'Ban hành kế hoạch đã duyệt (lấy số, vào sổ)',
        params: IdParams,
        body: IssueDocumentBody,
        response: { 200: PlanDetail },
      },
    },
    async (request) => issuePlan(db, requireActor(request), request.params.id, request.body, request.now),
  );
  r.get(
    '/api/plans/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'Một phiên bản của kế hoạch',
        params: PlanVersionParams,
      },
    },
    async (request) => planVersion(db, requireActor(request), request.params.id, request.params.version),
  );
  r.get(
    '/api/plans/:id/file',
    {
      schema: {
        tags,
        summary: 'Tải kế hoạch (mặc định: bản đã ban hành)',
        params: IdParams,
        querystring: PlanFileQuery,
      },
    },
    async (request, reply) => {
      const { draft, unitId } = await planFileDraft(
        db,
        requireActor(request),
        request.params.id,
        request.query.version,
      );
      const bytes = await renderFile(draft, request.query.format, config, await layoutOfUnit(db, unitId));
      return sendFile(reply, bytes, request.query.format, draft);
    },
  );
  r.post(
    '/api/plans/:id/targets',
    {
      schema: {
        tags,
        summary: 'Thêm chỉ tiêu',
        params: IdParams,
        body: TargetInput,
        response: { 201: Target },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addTarget(db, requireActor(request), request.params.id, request.body, request.now)),
  );
  r.patch(
    '/api/targets/:id',
    {
      schema: {
        tags,
        summary: 'Sửa chỉ tiêu',
        params: IdParams,
        body: TargetInput.partial(),
        response: { 200: Target },
      },
    },
    async (request) => updateTarget(db, requireActor(request), request.params.id, request.body, request.now),
  );
  r.delete(
    '/api/targets/:id',
    { schema: { tags, summary: 'Xóa chỉ tiêu (kế hoạch chưa ban hành)', params: IdParams } },
    async (request, reply) => {
      await deleteTarget(db, requireActor(request), request.params.id, request.now);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/targets/:id/values',
    {
      schema: {
        tags,
        summary: 'Báo cáo số liệu chỉ tiêu',
        params: IdParams,
        body: TargetValueBody,
        response: { 200: Target },
      },
    },
    async (request) =>
      reportTargetValue(db, requireActor(request), request.params.id, request.body, request.today),
  );
  r.post(
    '/api/plans/:id/cascade',
    {
      schema: {
        tags,
        summary: 'Yêu cầu đơn vị cấp dưới xây dựng kế hoạch / báo cáo',
        params: IdParams,
        body: CascadeBody,
        response: { 201: Cascade },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createCascade(db, requireActor(request), request.params.id, request.body, request.today)),
  );
  r.post(
    '/api/cascades/:id/respond',
    {
      schema: {
        tags,
        summary: 'Ghi nhận văn bản đơn vị cấp dưới đã ban hành',
        params: IdParams,
        body: CascadeRespondBody,
        response: { 200: Cascade },
      },
    },
    async (request) =>
      respondToCascade(db, requireActor(request), request.params.id, request.body, request.today),
  );
  r.get(
    '/api/plans/:id/dashboard',
    { schema: { tags, summary: 'Theo dõi kế hoạch', params: IdParams, response: { 200: PlanDashboard } } },
    async (request) => planDashboard(db, requireActor(request), request.params.id, request.today),
  );
  r.get(
    '/api/dashboards/units/:code',
    {
      schema: {
        tags,
        summary: 'Theo dõi nhiệm vụ của đơn vị và các đơn vị trực thuộc',
        params: UnitCodeParams,
        response: { 200: UnitDashboard },
      },
    },
    async (request) => unitDashboard(db, requireActor(request), request.params.code, request.today),
  );
}
