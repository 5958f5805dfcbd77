import { todayInVietnam } from '../../../core/dates/vn-dates';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUser, buildVillage } from '../../testing/factories';
import { queryRows } from '../../platform/database';
import { BACKUP_TABLES } from '../backup/backup.service';
import { SAMPLES } from '../../../core/documents/samples';
import { createDocument } from '../documents/documents.service';
import { createPlan } from '../plans/plans.service';
import { createCascade } from '../plans/cascade.service';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { insertTestConference, type ConferenceTargets } from '../conferences/conference/conferences.testing';
import {
  CONFERENCES_CROSS_SCOPE,
  CONFERENCES_SELF_ONLY,
  insertForeignChecklistItem,
  type ConferencesTargets,
} from '../conferences/conference/conferences-cross-scope.cases';
import {
  INVITATIONS_CROSS_SCOPE,
  INVITATIONS_SELF_ONLY,
} from '../conferences/invitations/invitations-cross-scope.cases';
import { CHECKIN_CROSS_SCOPE, CHECKIN_SELF_ONLY } from '../conferences/checkin/checkin-cross-scope.cases';
import {
  CEREMONY_CROSS_SCOPE,
  CEREMONY_SELF_ONLY,
  insertForeignPresentation,
  type CeremonyTargets,
} from '../conferences/ceremony/ceremony-cross-scope.cases';
import {
  DELEGATES_CROSS_SCOPE,
  DELEGATES_SELF_ONLY,
} from '../conferences/delegates/delegates-cross-scope.cases';

const NOW = new Date();
const TODAY = todayInVietnam(NOW);

const DRAFT = { ...SAMPLES.KH, number: null, date: null };

/** Targets outside the actors' scopes: Hà Nội (01) while the actors work in Hà Tĩnh (42). */
interface Targets extends ConferenceTargets {
  foreignVillage: string;
  foreignUserId: number;
  ownUserId: number;
  foreignDocumentId: number;
  foreignPlanId: number;
  foreignTargetId: number;
  foreignTaskId: number;
  foreignCascadeId: number;
}

type Attempt = Omit<InjectOptions, 'method'>;

/**
 * Every mutating route and how to aim it outside the caller's capture scope. A new mutating route
 * without an entry here (or in SELF_ONLY) fails the coverage test below.
 */
const CROSS_SCOPE: Record<string, (t: Targets) => Attempt[]> = {
  ...CONFERENCES_CROSS_SCOPE,
  ...INVITATIONS_CROSS_SCOPE,
  ...CHECKIN_CROSS_SCOPE,
  ...CEREMONY_CROSS_SCOPE,
  ...DELEGATES_CROSS_SCOPE,
  'POST /api/units': () => [
    { url: '/api/units', payload: { parent: '01', level: 'village', type: 'thôn', name: 'Thôn Lạ' } },
    {
      url: '/api/units',
      payload: { parent: '00004', level: 'organization', type: 'UBND', name: 'UBND phường lạ' },
    },
  ],
  'PATCH /api/units/:code': (t) => [
    { url: `/api/units/${t.foreignVillage}`, payload: { name: 'Đổi tên trái phép' } },
    { url: `/api/units/${t.foreignVillage}`, payload: { validTo: '2030-01-01' } },
  ],
  'POST /api/users': () => [
    {
      url: '/api/users',
      payload: {
        username: 'xam.nhap1',
        password: 'mat-khau-du-dai',
        fullName: 'X',
        role: 'officer',
        unit: '01',
      },
    },
    {
      url: '/api/users',
      payload: {
        username: 'xam.nhap2',
        password: 'mat-khau-du-dai',
        fullName: 'X',
        role: 'officer',
        unit: '42',
        captureScope: '01',
      },
    },
  ],
  'PATCH /api/users/:id': (t) => [
    { url: `/api/users/${t.foreignUserId}`, payload: { fullName: 'Sửa trái phép' } },
    { url: `/api/users/${t.foreignUserId}`, payload: { password: 'mat-khau-moi-dai' } },
    { url: `/api/users/${t.ownUserId}`, payload: { captureScope: '01' } },
  ],

  'PUT /api/units/:code/document-layout': () => [
    {
      url: '/api/units/00004/document-layout',
      payload: { layout: { marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, bodySizePt: 14 } },
    },
  ],
  'POST /api/documents': () => [{ url: '/api/documents?unit=00004', payload: DRAFT }],
  'PUT /api/documents/:id': (t) => [
    { url: `/api/documents/${t.foreignDocumentId}`, payload: { ...DRAFT, title: 'Sửa trái phép' } },
  ],
  'POST /api/documents/:id/issue': (t) => [
    { url: `/api/documents/${t.foreignDocumentId}/issue`, payload: {} },
  ],
  'POST /api/plans': () => [{ url: '/api/plans', payload: { draft: DRAFT, unit: '00004', tasks: [] } }],
  'PUT /api/plans/:id': (t) => [{ url: `/api/plans/${t.foreignPlanId}`, payload: { draft: DRAFT } }],
  'POST /api/plans/:id/transition': (t) => [
    { url: `/api/plans/${t.foreignPlanId}/transition`, payload: { action: 'submit' } },
  ],
  'POST /api/plans/:id/issue': (t) => [{ url: `/api/plans/${t.foreignPlanId}/issue`, payload: {} }],
  'POST /api/plans/:id/targets': (t) => [
    { url: `/api/plans/${t.foreignPlanId}/targets`, payload: { text: 'Chỉ tiêu lạ' } },
  ],
  'PATCH /api/targets/:id': (t) => [{ url: `/api/targets/${t.foreignTargetId}`, payload: { value: 1 } }],
  'DELETE /api/targets/:id': (t) => [{ url: `/api/targets/${t.foreignTargetId}` }],
  'POST /api/targets/:id/values': (t) => [
    { url: `/api/targets/${t.foreignTargetId}/values`, payload: { unit: '00004', value: 1 } },
  ],
  'POST /api/plans/:id/tasks': (t) => [
    { url: `/api/plans/${t.foreignPlanId}/tasks`, payload: { text: 'Việc lạ', lead: ['00004'] } },
  ],
  'PATCH /api/tasks/:id': (t) => [
    { url: `/api/tasks/${t.foreignTaskId}`, payload: { status: 'done' } },
    { url: `/api/tasks/${t.foreignTaskId}`, payload: { text: 'Sửa trái phép' } },
  ],
  'DELETE /api/tasks/:id': (t) => [{ url: `/api/tasks/${t.foreignTaskId}` }],
  'POST /api/tasks/:id/reports': (t) => [
    { url: `/api/tasks/${t.foreignTaskId}/reports`, payload: { text: 'Báo cáo trái phép' } },
  ],
  'POST /api/tasks/:id/comments': (t) => [
    { url: `/api/tasks/${t.foreignTaskId}/comments`, payload: { text: 'Ý kiến trái phép' } },
  ],
  'POST /api/plans/:id/cascade': (t) => [
    {
      url: `/api/plans/${t.foreignPlanId}/cascade`,
      payload: { kind: 'plan', title: 'Lạ', level: 'village', deadline: '2030-01-01' },
    },
  ],
  'POST /api/cascades/:id/respond': (t) => [
    {
      url: `/api/cascades/${t.foreignCascadeId}/respond`,
      payload: { unit: '00004', documentId: t.foreignDocumentId },
    },
  ],
  'POST /api/reminders/run': () => [{ url: '/api/reminders/run', payload: {} }],
  'PUT /api/plans/import/mappings': () => [
    {
      url: '/api/plans/import/mappings',
      payload: { unit: '00004', name: 'Phòng lạ', target: null, position: 'X' },
    },
  ],
};

/** Routes that act only on the caller's own session or account, never on a unit. */
const SELF_ONLY: Record<string, string> = {
  ...CONFERENCES_SELF_ONLY,
  ...INVITATIONS_SELF_ONLY,
  ...CHECKIN_SELF_ONLY,
  ...CEREMONY_SELF_ONLY,
  ...DELEGATES_SELF_ONLY,
  'POST /api/auth/login': 'public: checks a password, touches no unit',
  'POST /api/auth/logout': "ends the caller's own session",
  'POST /api/me/password': "changes the caller's own password",
  'POST /api/documents/render': 'renders the draft in the request into a file; stores nothing',
  'POST /api/notifications/:id/read': "marks a notice of the caller's own units; any other id is not found",
  'POST /api/notifications/read-all': "marks the notices of the caller's own units",
  'POST /api/plans/import/resolve': 'reads names against units; stores nothing',
  'POST /api/plans/import': 'reads the file in the request into a draft; stores nothing',
};

/** Every table a backup holds: an attempt refused must change none of them. */
const TABLES = BACKUP_TABLES;

describe.each(engines())('cross-scope attempts on %s', (engine) => {
  const ctx = useTestApp(engine);

  it('has a cross-scope case for every mutating route', () => {
    const mutating = ctx.app.routeList
      .filter((r) => r.url.startsWith('/api/') && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(mutating).toEqual([...Object.keys(CROSS_SCOPE), ...Object.keys(SELF_ONLY)].sort());
  });

  it('refuses every attempt from every role and changes nothing', async () => {
    const db = ctx.database.db;
    const foreignVillage = await buildVillage(db, '00004');
    const foreign = await buildUser(ctx.app, db, { role: 'officer', unit: '01' });
    const foreignDocument = await createDocument(db, SYSTEM_ACTOR, DRAFT as never, '00004', TODAY);
    const foreignPlan = await createPlan(
      db,
      SYSTEM_ACTOR,
      {
        draft: DRAFT as never,
        unit: '00004',
        targets: [{ text: 'Tỷ lệ gia đình văn hóa: 90%' }],
        tasks: [
          { text: 'Việc của phường', lead: ['00004'], support: [], deadline: { raw: 'Quý I năm 2030' } },
        ],
        printParts: true,
      },
      NOW,
    );
    const foreignCascade = await createCascade(
      db,
      SYSTEM_ACTOR,
      foreignPlan.id,
      {
        kind: 'report',
        title: 'Báo cáo',
        level: 'village',
        deadline: '2030-01-01',
      },
      TODAY,
    );
    const foreignConference = await insertTestConference(db, { unit: '00004', delegates: 1 });
    const conferenceTargets: ConferencesTargets & CeremonyTargets = {
      foreignConferenceId: foreignConference.conference.id,
      foreignPointId: foreignConference.points[0]!.id,
      foreignGroupId: foreignConference.group.id,
      foreignDelegateId: foreignConference.delegates[0]!.id,
      foreignToken: foreignConference.tokenOf(foreignConference.delegates[0]!),
      foreignChecklistId: await insertForeignChecklistItem(db, foreignConference.conference.id),
      foreignPresentationId: await insertForeignPresentation(db, foreignConference.conference.id),
    };
    const actors = [
      await buildUser(ctx.app, db, { role: 'unit_admin', unit: '42' }),
      await buildUser(ctx.app, db, { role: 'leader', unit: '18673', viewScope: '42' }),
      await buildUser(ctx.app, db, { role: 'officer', unit: '18673', viewScope: '42' }),
      await buildUser(ctx.app, db, { role: 'viewer', unit: '42' }),
    ];
    const fingerprint = async () =>
      Promise.all(
        TABLES.map(async (table) => {
          const [row] = await queryRows<{ h: string }>(
            db,
            sql.raw(
              `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`,
            ),
          );
          return `${table}:${row!.h}`;
        }),
      );
    const before = await fingerprint();
    let attempts = 0;
    let probe: Targets | null = null;
    for (const actor of actors) {
      const targets: Targets = {
        ...conferenceTargets,
        foreignVillage: foreignVillage.code,
        foreignUserId: foreign.account.id,
        ownUserId: actor.account.id,
        foreignDocumentId: foreignDocument.id,
        foreignPlanId: foreignPlan.id,
        foreignTargetId: foreignPlan.targets[0]!.id,
        foreignTaskId: foreignPlan.tasks[0]!.id,
        foreignCascadeId: foreignCascade.id,
      };
      probe = targets;
      for (const [route, build] of Object.entries(CROSS_SCOPE)) {
        const method = route.split(' ')[0];
        for (const attempt of build(targets)) {
          const response = await ctx.app.inject({ ...attempt, method, headers: { cookie: actor.cookie } });
          attempts++;
          expect(
            response.statusCode,
            `${actor.account.role} ${route} ${JSON.stringify(attempt.payload)}`,
          ).toBe(403);
          expect(['OUT_OF_SCOPE', 'FORBIDDEN']).toContain(response.json().error.code);
        }
      }
    }
    const perActor = Object.values(CROSS_SCOPE).reduce((n, build) => n + build(probe!).length, 0);
    expect(perActor).toBeGreaterThanOrEqual(31);
    expect(attempts).toBe(actors.length * perActor);
    expect(await fingerprint()).toEqual(before);
  });

  it('still lets each actor change what is inside its own scope', async () => {
    const officer = await buildUser(ctx.app, ctx.database.db, {
      role: 'officer',
      unit: '18673',
      viewScope: '42',
    });
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: officer.cookie },
      payload: { parent: '18673', level: 'village', type: 'thôn', name: 'Thôn Hợp Lệ' },
    });
    expect(r.statusCode).toBe(201);
  });
});
