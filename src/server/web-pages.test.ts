import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheHashedAssets, webPageFor } from './web-pages';

describe('the web page sent for an address', () => {
  it("sends a delegate's link and the check-in phone their own small pages, the app for the rest", () => {
    expect(webPageFor('/moi/2.9w.1.g1p.abc')).toBe('rsvp.html');
    expect(webPageFor('/moi/abc/?x=1')).toBe('rsvp.html');
    expect(webPageFor('/diem-danh/12')).toBe('checkin.html');
    expect(webPageFor('/diem-danh/12?tab=1')).toBe('checkin.html');
    expect(webPageFor('/hoi-nghi/12')).toBe('index.html');
    expect(webPageFor('/moi/abc/qr')).toBe('index.html');
    expect(webPageFor('/')).toBe('index.html');
  });

  it('lets a phone keep the hashed files for a year, never the pages', () => {
    const headers = new Map<string, string>();
    const reply = { header: (name: string, value: string) => headers.set(name, value) };
    cacheHashedAssets(reply, path.join('/srv/dist/web', 'index.html'));
    expect(headers.size).toBe(0);
    cacheHashedAssets(reply, path.join('/srv/dist/web', 'assets', 'rsvp-abc.js.br'));
    expect(headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
