import { describe, expect, it } from 'vitest';
import {
  parseAuditSearch,
  parseConferencesSearch,
  parseDocumentsSearch,
  parsePlansSearch,
  parseUsersSearch,
} from './route-search';

describe('the search params of list pages', () => {
  it('keeps the values it knows, as the router parsed them', () => {
    expect(parsePlansSearch({ status: 'issued', year: 2025, page: 3 })).toEqual({
      status: 'issued',
      year: 2025,
      page: 3,
    });
    expect(parsePlansSearch({ year: 'all' })).toEqual({ year: 'all' });
    expect(parseConferencesSearch({ status: 'running', year: '2026' })).toEqual({
      status: 'running',
      year: 2026,
    });
    expect(parseDocumentsSearch({ tab: 'so', year: 2024 })).toEqual({ tab: 'so', year: 2024 });
    expect(parseAuditSearch({ actor: 'admin', from: '2026-01-01', entityId: 42 })).toEqual({
      actor: 'admin',
      from: '2026-01-01',
      entityId: '42',
    });
    expect(parseUsersSearch({ q: 'Nguyễn', page: '2' })).toEqual({ q: 'Nguyễn', page: 2 });
  });

  it('drops what it does not know instead of failing: bad values, page 1, blank text, other keys', () => {
    expect(parsePlansSearch({ status: 'bogus', year: 'abc', page: -3, other: 'x' })).toEqual({});
    expect(parsePlansSearch({ page: 1, year: 1800 })).toEqual({});
    expect(parseConferencesSearch({ status: 'issued', page: 1.5 })).toEqual({});
    expect(parseDocumentsSearch({ tab: 'khac', status: 'all' })).toEqual({});
    expect(parseAuditSearch({ actor: '  ', from: '2026-13-45', to: { x: 1 } })).toEqual({});
    expect(parseUsersSearch({ q: '', page: 'two' })).toEqual({});
  });
});
