import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../../http';

export function conferencesRoutes(_app: FastifyInstance, _context: RouteContext): void {}
