import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../../contracts/common';
import {
  AbsenceBody,
  Attendance,
  CheckinBody,
  CheckinResult,
  CheckinSearchQuery,
  CheckinSearchResult,
  Delegate,
} from '../../../../contracts/conferences';
import { requireActor, type RouteContext } from '../../../http';
import { checkInDelegate, searchCheckinDelegates } from './checkin.service';
import { attendanceSummary, recordAbsence, undoAttendance } from './attendance.service';
import { attendanceWorkbook } from './attendance.export';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Check-ins per signed-in session: generous for a phone syncing the queue it kept through a network loss (a point
 * checks in a few hundred delegates), tight for anyone trying tokens in bulk. Without a session: per address.
 */
export const CHECKIN_RATE_LIMIT = { max: 300, timeWindow: 10_000 };
const sessionKey = (request: FastifyRequest) =>
  request.sessionToken ? `s:${request.sessionToken}` : `ip:${request.ip}`;

/** Điểm danh: QR or search check-in at a point, absences, undo, the live counts and the Excel list. */
export function checkinRoutes(app: FastifyInstance, { db }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['checkin'];

  r.post(
    '/api/checkin',
    {
      config: { rateLimit: { ...CHECKIN_RATE_LIMIT, keyGenerator: sessionKey } },
      schema: {
        tags,
        summary: 'Điểm danh đại biểu tại điểm cầu (mã QR, hoặc chọn theo tên); quét lại trả về "already"',
        body: CheckinBody,
        response: { 200: CheckinResult },
      },
    },
    async (request) => checkInDelegate(db, requireActor(request), request.body, request.now),
  );
  r.get(
    '/api/conferences/:id/checkin/search',
    {
      schema: {
        tags,
        summary: 'Tìm đại biểu theo tên hoặc đơn vị để điểm danh (tối đa 20)',
        params: IdParams,
        querystring: CheckinSearchQuery,
        response: { 200: CheckinSearchResult },
      },
    },
    async (request) => searchCheckinDelegates(db, requireActor(request), request.params.id, request.query),
  );
  r.post(
    '/api/delegates/:id/absence',
    {
      schema: {
        tags,
        summary: 'Ghi đại biểu vắng mặt có lý do (không ghi đè khi đã có mặt)',
        params: IdParams,
        body: AbsenceBody,
        response: { 200: Delegate.shape.attendance.unwrap() },
      },
    },
    async (request) => recordAbsence(db, requireActor(request), request.params.id, request.body.reason),
  );
  r.delete(
    '/api/delegates/:id/attendance',
    { schema: { tags, summary: 'Hủy điểm danh nhầm (ban tổ chức)', params: IdParams } },
    async (request, reply) => {
      await undoAttendance(db, requireActor(request), request.params.id);
      return reply.code(204).send();
    },
  );
  r.get(
    '/api/conferences/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Số đại biểu dự kiến, có mặt, vắng: toàn hội nghị, theo điểm cầu, theo thành phần',
        params: IdParams,
        response: { 200: Attendance },
      },
    },
    async (request) => attendanceSummary(db, requireActor(request), request.params.id, request.now),
  );
  r.get(
    '/api/conferences/:id/attendance.xlsx',
    { schema: { tags, summary: 'Danh sách điểm danh và bảng tổng hợp (Excel)', params: IdParams } },
    async (request, reply) => {
      const book = await attendanceWorkbook(db, requireActor(request), request.params.id, request.now);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${book.fileName}"`)
        .send(book.bytes);
    },
  );
}
