import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from './platform/clock';
import type { Config } from './platform/config';
import type { Db } from './platform/database';
import { AppError } from './platform/errors';
import type { Actor } from './platform/actor';
import type { ReminderHooks } from './features/plans/reminders.service';

/** What every route module receives. */
export interface RouteContext {
  db: Db;
  config: Config;
  /** The server's one clock; a route reads the request's `now`/`today` instead. */
  clock: Clock;
  /** After an on-demand reminder run: queue the mail job (server) or send at once (tests). */
  reminders: ReminderHooks;
}

export const SESSION_COOKIE = 'pt_session';

declare module 'fastify' {
  interface FastifyInstance {
    routeList: { method: string; url: string }[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
    /** The instant the request arrived, by the app's clock: every rule of one request sees the same time. */
    now: Date;
    /** `now` as today's date in Vietnam (ISO). */
    today: string;
  }
}

/** The signed-in actor, or a 401 in the one error envelope. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
  });
}
