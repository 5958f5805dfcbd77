import { describe, expect, it } from 'vitest';
import type { ConferenceStatus, ConferenceStep } from '../../contracts/conference-fields';
import {
  conferenceChangeable,
  mayCancelConference,
  mayMoveConference,
  nextConferenceStep,
} from './lifecycle';

describe('the conference life cycle', () => {
  it.each<[ConferenceStatus, ConferenceStep, boolean]>([
    ['planned', 'invited', true],
    ['planned', 'ended', true],
    ['invited', 'planned', true],
    ['running', 'invited', true],
    ['ended', 'running', true],
    ['ended', 'invited', false],
    ['ended', 'planned', false],
    ['running', 'planned', false],
    ['running', 'running', true],
    ['cancelled', 'planned', false],
    ['cancelled', 'ended', false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(mayMoveConference(from, to)).toBe(allowed);
  });

  it('names the next step, none at the end or once cancelled', () => {
    expect(nextConferenceStep('planned')).toBe('invited');
    expect(nextConferenceStep('invited')).toBe('running');
    expect(nextConferenceStep('running')).toBe('ended');
    expect(nextConferenceStep('ended')).toBeNull();
    expect(nextConferenceStep('cancelled')).toBeNull();
  });

  it('cancels until it has ended, once; a cancelled conference changes no more', () => {
    expect((['planned', 'invited', 'running'] as const).every(mayCancelConference)).toBe(true);
    expect(mayCancelConference('ended')).toBe(false);
    expect(mayCancelConference('cancelled')).toBe(false);
    expect(conferenceChangeable('ended')).toBe(true);
    expect(conferenceChangeable('cancelled')).toBe(false);
  });
});
