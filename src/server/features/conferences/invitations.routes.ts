import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../../http';

export function invitationsRoutes(_app: FastifyInstance, _context: RouteContext): void {}
