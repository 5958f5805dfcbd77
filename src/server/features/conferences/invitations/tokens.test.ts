import { describe, expect, it } from 'vitest';
import {
  extractToken,
  newConferenceSecret,
  readToken,
  readUnitToken,
  signToken,
  signUnitToken,
  tokenExpiry,
  verifyToken,
  verifyUnitToken,
} from './tokens.service';

describe('delegate tokens', () => {
  const secret = newConferenceSecret();
  const claims = { conferenceId: 12, delegateId: 3456, version: 1, expires: '2024-03-24' };
  const token = signToken(secret, claims);

  it('round-trips its claims and stays short enough for a small QR code', () => {
    expect(verifyToken(token, secret, '2024-03-22')).toEqual({ ok: true, claims });
    expect(token.length).toBeLessThan(48);
  });

  it('refuses a token signed with another secret, a changed claim, garbage, and an expired token', () => {
    expect(verifyToken(token, newConferenceSecret(), '2024-03-22')).toEqual({ ok: false, reason: 'forged' });
    const [c, , v, d, sig] = token.split('.');
    expect(verifyToken([c, (3457).toString(36), v, d, sig].join('.'), secret, '2024-03-22')).toEqual({
      ok: false,
      reason: 'forged',
    });
    expect(verifyToken('not-a-token', secret, '2024-03-22')).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyToken(token, secret, '2024-03-25')).toEqual({ ok: false, reason: 'expired' });
    expect(verifyToken(token, secret, '2024-03-24').ok).toBe(true);
  });

  it('reads the token out of the personal link a QR code carries', () => {
    expect(extractToken(`https://phongtrao.example.vn/moi/${token}?x=1`)).toBe(token);
    expect(readToken(`http://localhost:3000/moi/${token}`)?.delegateId).toBe(3456);
  });

  it('expires two days after the conference, or after 400 days when it has no date', () => {
    expect(tokenExpiry('2024-03-22', '2024-01-01')).toBe('2024-03-24');
    expect(tokenExpiry(null, '2024-01-01')).toBe('2025-02-04');
  });
});

describe('unit tokens', () => {
  const secret = newConferenceSecret();
  const today = '2024-03-22';
  const unit = { conferenceId: 30, unit: 4242, expires: '2024-03-24' };
  const token = signUnitToken(secret, unit);

  it.each([
    ['a unit by its id', unit],
    ['a unit known by name, through its first seat', { conferenceId: 7, unit: -981, expires: '2024-03-24' }],
  ])('round-trips %s', (_label, claims) => {
    const signed = signUnitToken(secret, claims);
    expect(signed.startsWith('u-')).toBe(true);
    expect(verifyUnitToken(signed, secret, today)).toEqual({ ok: true, claims });
    expect(readUnitToken(`https://pt.example.vn/moi/${signed}`)?.unit).toBe(claims.unit);
  });

  const [head, u, d, sig] = token.split('.') as [string, string, string, string];
  it.each([
    ['another secret', token, newConferenceSecret(), today, 'forged'],
    ['a changed unit', [head, (4243).toString(36), d, sig].join('.'), secret, today, 'forged'],
    ['a changed conference', ['u-' + (31).toString(36), u, d, sig].join('.'), secret, today, 'forged'],
    ['garbage', 'u-abc', secret, today, 'malformed'],
    [
      'a delegate token',
      signToken(secret, { conferenceId: 30, delegateId: 5, version: 1, expires: '2024-03-24' }),
      secret,
      today,
      'malformed',
    ],
    ['an expired token', token, secret, '2024-03-25', 'expired'],
  ])('refuses %s', (_label, given, key, day, reason) => {
    expect(verifyUnitToken(given, key, day)).toEqual({ ok: false, reason });
  });

  it('is never read as a delegate token, even for conference 30 (u in base 36)', () => {
    expect(readToken(token)).toBeNull();
    expect(verifyToken(token, secret, today)).toEqual({ ok: false, reason: 'malformed' });
    // The same numbers signed as a delegate token do not verify as a unit token, nor the other way round.
    const delegate = signToken(secret, {
      conferenceId: 30,
      delegateId: 30,
      version: 4242,
      expires: '2024-03-24',
    });
    expect(delegate.split('.').at(-1)).not.toBe(sig);
  });
});
