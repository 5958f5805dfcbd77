import { describe, expect, it } from 'vitest';
import { extractToken, newConferenceSecret, readToken, signToken, tokenExpiry, verifyToken } from './tokens';

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
