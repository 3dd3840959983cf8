import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';

export function registerAlertRoutes(_app: FastifyInstance, _store: Store): void {}
