import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../../contracts/common';
import {
  DelegateInvitation,
  GenerateInvitationsBody,
  InvitationFileQuery,
  InvitationsSummary,
  RemindInvitationsResult,
  RsvpAnyView,
  RsvpBody,
  RsvpView,
  ReissueInvitationBody,
  RsvpTokenParams,
} from '../../../../contracts/conferences';
import { requireActor, type RouteContext } from '../../../http';
import { generateInvitations, getInvitations, remindInvitations } from './invitations.service';
import { cancelInvitation, reissueInvitation } from './invitation-revoke.service';
import {
  delegateInvitationDocx,
  invitationsDocx,
  invitationsPdf,
  type InvitationFile,
} from './invitations.export';
import { answerRsvp, getRsvp, rsvpQrPng } from './rsvp.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The public RSVP routes answer anyone holding a link: 60 requests a minute per address is plenty for a person. */
const PUBLIC_LIMIT = { rateLimit: { max: 60, timeWindow: '1 minute' } };

function sendFile(reply: FastifyReply, file: InvitationFile, type: string) {
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('x-pages', String(file.pages))
    .send(Buffer.from(file.bytes));
}

/** Giấy mời (generate, files, reminders) for the organiser, and the public RSVP of the personal link. */
export function invitationsRoutes(app: FastifyInstance, { db, config, reminders }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['invitations'];
  r.post(
    '/api/conferences/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Tạo giấy mời (văn bản GM), gửi thư mời có đường dẫn riêng',
        params: IdParams,
        body: GenerateInvitationsBody,
        response: { 200: InvitationsSummary },
      },
    },
    async (request) =>
      generateInvitations(db, requireActor(request), request.params.id, request.body, reminders, request.now),
  );
  r.get(
    '/api/conferences/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Tình hình giấy mời và xác nhận',
        params: IdParams,
        response: { 200: InvitationsSummary },
      },
    },
    async (request) => getInvitations(db, requireActor(request), request.params.id),
  );
  r.get(
    '/api/conferences/:id/invitations.docx',
    {
      schema: {
        tags,
        summary: 'Giấy mời (DOCX, mỗi đại biểu hoặc mỗi đơn vị một trang, có mã QR)',
        params: IdParams,
        querystring: InvitationFileQuery,
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await invitationsDocx(
          db,
          requireActor(request),
          request.params.id,
          request.query,
          request.today,
          reminders.baseUrl,
          request.query.mode,
        ),
        DOCX,
      ),
  );
  r.get(
    '/api/conferences/:id/invitations.pdf',
    { schema: { tags, summary: 'Giấy mời (PDF)', params: IdParams, querystring: InvitationFileQuery } },
    async (request, reply) =>
      sendFile(
        reply,
        await invitationsPdf(
          db,
          requireActor(request),
          request.params.id,
          request.query,
          request.today,
          config,
          undefined,
          request.query.mode,
        ),
        'application/pdf',
      ),
  );
  r.get(
    '/api/delegates/:id/invitation.docx',
    { schema: { tags, summary: 'Giấy mời của một đại biểu (DOCX)', params: IdParams } },
    async (request, reply) =>
      sendFile(
        reply,
        await delegateInvitationDocx(
          db,
          requireActor(request),
          request.params.id,
          request.today,
          reminders.baseUrl,
        ),
        DOCX,
      ),
  );
  r.post(
    '/api/conferences/:id/invitations/remind',
    {
      schema: {
        tags,
        summary: 'Nhắc đại biểu chưa xác nhận tham dự',
        params: IdParams,
        response: { 200: RemindInvitationsResult },
      },
    },
    async (request) =>
      remindInvitations(db, requireActor(request), request.params.id, reminders, request.today),
  );

  r.post(
    '/api/delegates/:id/invitation/reissue',
    {
      schema: {
        tags,
        summary: 'Cấp lại đường dẫn riêng và mã QR của đại biểu (đường dẫn cũ hết hiệu lực)',
        params: IdParams,
        body: ReissueInvitationBody,
        response: { 200: DelegateInvitation },
      },
    },
    async (request) =>
      reissueInvitation(db, requireActor(request), request.params.id, request.body, reminders, request.today),
  );
  r.post(
    '/api/delegates/:id/invitation/cancel',
    {
      schema: {
        tags,
        summary: 'Hủy giấy mời của đại biểu (đường dẫn riêng và mã QR hết hiệu lực)',
        params: IdParams,
        response: { 200: DelegateInvitation },
      },
    },
    async (request) => cancelInvitation(db, requireActor(request), request.params.id),
  );

  // Public: the personal link. The token names one delegate (or one unit, whose seats it lists); nothing else.
  r.get(
    '/api/rsvp/:token',
    {
      config: PUBLIC_LIMIT,
      schema: {
        tags,
        summary: 'Giấy mời qua đường dẫn riêng, của đại biểu hoặc của đơn vị (không cần đăng nhập)',
        params: RsvpTokenParams,
        response: { 200: RsvpAnyView },
      },
    },
    async (request) => getRsvp(db, request.params.token, request.today),
  );
  r.post(
    '/api/rsvp/:token',
    {
      config: PUBLIC_LIMIT,
      schema: {
        tags,
        summary: 'Xác nhận tham dự qua đường dẫn riêng',
        params: RsvpTokenParams,
        body: RsvpBody,
        response: { 200: RsvpView },
      },
    },
    async (request) => answerRsvp(db, request.params.token, request.body, request.ip, request.today),
  );
  r.get(
    '/api/rsvp/:token/qr.png',
    {
      config: PUBLIC_LIMIT,
      schema: { tags, summary: 'Mã QR của đại biểu (để điểm danh)', params: RsvpTokenParams },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'image/png')
        .header('cache-control', 'private, max-age=3600')
        .send(Buffer.from(await rsvpQrPng(db, request.params.token, reminders.baseUrl, request.today))),
  );
}
