import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../contracts/auth';
import type { ConferenceStatus, ConferenceStep } from '../../../../contracts/conference-fields';
import type { Actor } from '../../../platform/actor';
import { AppError } from '../../../platform/errors';
import {
  actsForUnit,
  assertCancelsConference,
  assertChangesConference,
  assertEditsConference,
  assertMovesConference,
  assertNotCancelled,
  assertViewsConference,
  checksInAt,
  conferenceActions,
  editsConference,
  viewsConference,
  type ConferenceFacts,
  type DeletionBlockers,
} from './conference.policy';

// A province /1/, its district /1/2/ with a commune /1/2/3/, and another district /1/4/.
const actor = (role: Role, capture: string | null, view: string | null = capture): Actor => ({
  id: 7,
  username: 'u',
  role,
  unitId: 2,
  captureScope: capture === null ? null : { id: 1, path: capture },
  viewScope: view === null ? null : { id: 1, path: view },
  ip: null,
});
/** A conference hosted by the district /1/2/ for its area. */
const conference = (status: ConferenceStatus = 'planned'): ConferenceFacts => ({
  status,
  unitPath: '/1/2/',
  areaPath: '/1/2/',
});
const none: DeletionBlockers = { invitation: false, invited: 0, present: 0 };

const officer = actor('officer', '/1/2/');
const leader = actor('leader', '/1/2/');
const unitAdmin = actor('unit_admin', '/1/2/');
const viewer = actor('viewer', null, '/1/2/');
const commune = actor('officer', '/1/2/3/');
const neighbour = actor('officer', '/1/4/');
const provinceViewer = actor('viewer', null, '/1/');
const systemAdmin = actor('system_admin', null, null);

/** The error code an assert throws, or null when it passes. */
function codeOf(assert: () => void): string | null {
  try {
    assert();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('conference.policy: who sees and organises a conference', () => {
  it.each<[string, Actor, boolean, boolean]>([
    // name, actor, views, edits (organises)
    ['its officer', officer, true, true],
    ['its leader', leader, true, true],
    ['its unit administrator', unitAdmin, true, true],
    ['the system administrator', systemAdmin, true, true],
    ['its viewer', viewer, true, false],
    ['a commune inside the area', commune, true, false],
    ['the province viewer above', provinceViewer, true, false],
    ['the neighbouring district', neighbour, false, false],
  ])('%s', (_name, who, views, edits) => {
    expect(viewsConference(who, conference())).toBe(views);
    expect(codeOf(() => assertViewsConference(who, conference()))).toBe(views ? null : 'OUT_OF_SCOPE');
    expect(editsConference(who, conference())).toBe(edits);
  });

  it.each<[string, Actor, string | null]>([
    ['its officer', officer, null],
    ['its viewer: a role that writes nothing', viewer, 'FORBIDDEN'],
    ['the province viewer', provinceViewer, 'FORBIDDEN'],
    ['a commune inside the area: not the host', commune, 'OUT_OF_SCOPE'],
    ['the neighbouring district', neighbour, 'OUT_OF_SCOPE'],
  ])('refuses organising to anyone but the host: %s', (_name, who, code) => {
    expect(codeOf(() => assertEditsConference(who, conference()))).toBe(code);
  });

  it.each<[ConferenceStatus, string | null]>([
    ['planned', null],
    ['invited', null],
    ['running', null],
    ['ended', null],
    ['cancelled', 'CONFLICT'],
  ])('a %s conference changes: %s', (status, code) => {
    expect(codeOf(() => assertNotCancelled(conference(status)))).toBe(code);
    expect(codeOf(() => assertChangesConference(officer, conference(status)))).toBe(code);
    // Who comes before the status: a viewer hears FORBIDDEN, whatever the status.
    expect(codeOf(() => assertChangesConference(viewer, conference(status)))).toBe('FORBIDDEN');
  });

  it('checks in: the organiser anywhere, a commune at its own point only', () => {
    expect(checksInAt(officer, conference(), '/1/4/')).toBe(true);
    expect(checksInAt(commune, conference(), '/1/2/3/')).toBe(true);
    expect(checksInAt(commune, conference(), '/1/2/5/')).toBe(false);
    expect(checksInAt(viewer, conference(), '/1/2/')).toBe(false);
  });

  it('acts for a unit it writes for', () => {
    expect(actsForUnit(commune, '/1/2/3/')).toBe(true);
    expect(actsForUnit(commune, '/1/2/')).toBe(false);
    expect(actsForUnit(commune, null)).toBe(false);
    expect(actsForUnit(viewer, '/1/2/')).toBe(false);
  });
});

describe('conference.policy: moving, cancelling, deleting', () => {
  it.each<[ConferenceStatus, ConferenceStep, string | null]>([
    ['planned', 'ended', null],
    ['invited', 'planned', null],
    ['ended', 'running', null],
    ['running', 'running', null],
    ['ended', 'invited', 'CONFLICT'],
    ['running', 'planned', 'CONFLICT'],
  ])('%s → %s: %s', (from, to, code) => {
    expect(codeOf(() => assertMovesConference(conference(from), to))).toBe(code);
  });

  it.each<[ConferenceStatus, string | null]>([
    ['planned', null],
    ['invited', null],
    ['running', null],
    ['ended', 'CONFLICT'],
  ])('cancels a %s conference: %s', (status, code) => {
    expect(codeOf(() => assertCancelsConference(conference(status)))).toBe(code);
  });

  const all = { edit: true, cancel: true, delete: true };
  const nothing = { edit: false, moveTo: [], nextStep: null, cancel: false, delete: false };
  it.each<[string, Actor, ConferenceStatus, DeletionBlockers, object]>([
    [
      'officer, planned',
      officer,
      'planned',
      none,
      { ...all, moveTo: ['invited', 'running', 'ended'], nextStep: 'invited' },
    ],
    [
      'officer, invited',
      officer,
      'invited',
      none,
      { ...all, moveTo: ['planned', 'running', 'ended'], nextStep: 'running' },
    ],
    [
      'officer, running',
      officer,
      'running',
      none,
      { ...all, moveTo: ['invited', 'ended'], nextStep: 'ended' },
    ],
    [
      'officer, ended',
      officer,
      'ended',
      none,
      { ...all, cancel: false, moveTo: ['running'], nextStep: null },
    ],
    ['officer, cancelled: only delete', officer, 'cancelled', none, { ...nothing, delete: true }],
    [
      'officer, giấy mời issued: cancel, not delete',
      officer,
      'invited',
      { invitation: true, invited: 3, present: 0 },
      { ...all, delete: false, moveTo: ['planned', 'running', 'ended'], nextStep: 'running' },
    ],
    [
      'officer, cancelled after check-in',
      officer,
      'cancelled',
      { invitation: false, invited: 0, present: 2 },
      nothing,
    ],
    ['viewer, planned', viewer, 'planned', none, nothing],
    ['commune inside the area, running', commune, 'running', none, nothing],
    ['neighbouring district, planned', neighbour, 'planned', none, nothing],
  ])('actions: %s', (_name, who, status, blockers, expected) => {
    expect(conferenceActions(who, conference(status), blockers)).toEqual(expected);
  });
});
