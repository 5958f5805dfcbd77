import { describe, expect, it } from 'vitest';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { SYSTEM_ACTOR, buildVillage } from '../../testing/factories';
import { getUnit, listUnits as listUnitsOn, unitStats } from './units.service';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import type { UnitListQuery } from '../../../contracts/units';
import type { Db } from '../../platform/database';
import type { Actor } from '../../platform/actor';
import { canonicalTone, foldVietnamese } from '../../../core/vn-text/fold';

const today = todayInVietnam(new Date());
const listUnits = (db: Db, actor: Actor, q: UnitListQuery) => listUnitsOn(db, actor, q, today);

const query = (q: Partial<Parameters<typeof listUnits>[2]>) => ({
  limit: 20,
  offset: 0,
  scope: 'all' as const,
  ...q,
});

describe.each(engines())('administrative units on %s', (engine) => {
  const ctx = useTestApp(engine);
  const db = () => ctx.database.db;

  it('holds 34 provinces and 3,321 communes from 2025-07-01, and no districts', async () => {
    expect(await unitStats(db(), '2025-07-01')).toEqual({
      province: 34,
      district: 0,
      commune: 3321,
      village: 0,
    });
  });

  it('holds 63 provinces, 696 districts and 10,035 communes until 2025-06-30', async () => {
    expect(await unitStats(db(), '2025-06-30')).toEqual({
      province: 63,
      district: 696,
      commune: 10035,
      village: 0,
    });
  });

  it('finds a commune without diacritics and without its type word', async () => {
    for (const q of ['xa cam xuyen', 'Xã Cẩm Xuyên', 'cẩm xuyên', 'CAM XUYEN']) {
      const { items } = await listUnits(db(), SYSTEM_ACTOR, query({ q }));
      expect(items[0], q).toMatchObject({ code: '18673', fullName: 'Xã Cẩm Xuyên' });
    }
  });

  it('treats tone-mark placement as the same spelling (Hòa = Hoà, Thủy = Thuỷ)', async () => {
    const a = await listUnits(db(), SYSTEM_ACTOR, query({ q: 'Phường Thủy Xuân', limit: 50 }));
    const b = await listUnits(db(), SYSTEM_ACTOR, query({ q: 'phuong thuỷ xuân', limit: 50 }));
    expect(a.total).toBeGreaterThan(0);
    expect(b.items.map((u) => u.code)).toEqual(a.items.map((u) => u.code));
    const hoa = await listUnits(db(), SYSTEM_ACTOR, query({ q: 'Khánh Hoà', level: 'province' }));
    expect(hoa.items.map((u) => u.fullName)).toContain('Tỉnh Khánh Hòa');
  });

  it('ranks names spelled as typed first when the query carries marks', async () => {
    const { items } = await listUnits(db(), SYSTEM_ACTOR, query({ q: 'hoà', limit: 10 }));
    expect(items.length).toBe(10);
    for (const unit of items) expect(foldVietnamese(unit.name).split(' ')).toContain('hoa');
    for (const unit of items) expect(canonicalTone(unit.name)).toContain('hoà');
    const plain = await listUnits(db(), SYSTEM_ACTOR, query({ q: 'hoa', limit: 1 }));
    expect(plain.total).toBeGreaterThan(items.length);
  });

  it('reads "Quan" typed with marks elsewhere as a name, not the type word "quận"', async () => {
    const { items } = await listUnits(db(), SYSTEM_ACTOR, query({ q: 'Quan Hóa', at: '2024-01-01' }));
    expect(items[0]?.fullName).toBe('Huyện Quan Hóa');
  });

  it('counts every match whatever the page', async () => {
    const all = await listUnits(db(), SYSTEM_ACTOR, query({ q: 'hoa', limit: 500 }));
    const first = await listUnits(db(), SYSTEM_ACTOR, query({ q: 'hoa', limit: 5 }));
    const beyond = await listUnits(db(), SYSTEM_ACTOR, query({ q: 'hoa', limit: 5, offset: 5000 }));
    expect(all.total).toBe(all.items.length);
    expect(first.total).toBe(all.total);
    expect(first.items).toEqual(all.items.slice(0, 5));
    expect(beyond).toEqual({ items: [], total: all.total });
  });

  it('matches names that start with a query of one or two letters', async () => {
    const { items } = await listUnits(db(), SYSTEM_ACTOR, query({ q: 'an', limit: 50 }));
    expect(items.length).toBeGreaterThan(0);
    for (const unit of items)
      expect(foldVietnamese(unit.name).startsWith('an') || unit.code === 'an').toBe(true);
    const quan1 = await listUnits(
      db(),
      SYSTEM_ACTOR,
      query({ q: 'Quận 1', at: '2024-01-01', level: 'district' }),
    );
    expect(quan1.items[0]?.fullName).toBe('Quận 1');
  });

  it('lists a whole subtree at any depth', async () => {
    const village = await buildVillage(db(), '18673', 'Thôn Cây Sơn');
    const villages = await listUnits(
      db(),
      SYSTEM_ACTOR,
      query({ within: '42', level: 'village', limit: 500 }),
    );
    expect(villages.items.map((u) => u.code)).toContain(village.code);
    const oldDistrict = await listUnits(
      db(),
      SYSTEM_ACTOR,
      query({ within: '42', at: '2024-01-01', limit: 500 }),
    );
    expect(new Set(oldDistrict.items.map((u) => u.level))).toEqual(new Set(['district', 'commune']));
    expect(oldDistrict.items.map((u) => u.code)).not.toContain('42');
  });

  it('lists the children of a unit as of a date', async () => {
    await buildVillage(db(), '18673');
    const now = await listUnits(db(), SYSTEM_ACTOR, query({ parent: '42', limit: 500 }));
    expect(now.items.every((u) => u.level === 'commune' && u.parentCode === '42')).toBe(true);
    const before = await listUnits(db(), SYSTEM_ACTOR, query({ parent: '42', at: '2024-12-31', limit: 500 }));
    expect(before.items.every((u) => u.level === 'district')).toBe(true);
    expect(before.items.every((u) => u.hasChildren === true)).toBe(true);
    // Only tests add villages, and only under Xã Cẩm Xuyên: it alone of the province's communes has children.
    expect(now.items.filter((u) => u.hasChildren).map((u) => u.code)).toEqual(['18673']);
    expect(before.items.map((u) => u.fullName)).toContain('Huyện Cẩm Xuyên');
  });

  it('reads a reused code as the unit valid on the asked date', async () => {
    const current = await getUnit(db(), SYSTEM_ACTOR, '00004', '2025-08-01');
    const old = await getUnit(db(), SYSTEM_ACTOR, '00004', '2025-01-01');
    expect(current.fullName).toBe('Phường Ba Đình');
    expect(old.fullName).toBe('Phường Trúc Bạch');
    expect(old.successors.map((s) => s.unit.fullName)).toEqual(['Phường Ba Đình']);
    expect(current.predecessors.map((p) => p.unit.fullName)).toContain('Phường Trúc Bạch');
  });

  it('gives a new commune its ancestors, predecessors and history sentence', async () => {
    const unit = await getUnit(db(), SYSTEM_ACTOR, '18673', today);
    expect(unit.ancestors.map((a) => a.fullName)).toEqual(['Tỉnh Hà Tĩnh']);
    expect(unit.predecessors.map((p) => [p.unit.fullName, p.kind])).toEqual(
      expect.arrayContaining([['Thị trấn Cẩm Xuyên', 'full']]),
    );
    expect(unit.historyNote).toMatch(
      /^Thành lập từ ngày 01\/07\/2025 trên cơ sở sáp nhập .*Thị trấn Cẩm Xuyên/,
    );
  });

  it('traces an old district to the communes that replaced it', async () => {
    const [district] = (
      await listUnits(
        db(),
        SYSTEM_ACTOR,
        query({ q: 'Huyện Cẩm Xuyên', at: '2024-01-01', level: 'district' }),
      )
    ).items;
    const detail = await getUnit(db(), SYSTEM_ACTOR, district!.code, '2024-01-01');
    expect(detail.validTo).toBe('2025-06-30');
    expect(detail.successors.map((s) => s.unit.fullName)).toContain('Xã Cẩm Xuyên');
    expect(detail.childCounts.commune).toBeGreaterThan(10);
  });

  it('maps an island district straight to its special zone', async () => {
    const detail = await getUnit(db(), SYSTEM_ACTOR, '755', '2024-01-01');
    expect(detail.successors.map((s) => s.unit.fullName)).toEqual(['Đặc khu Côn Đảo']);
  });

  it('places a new village inside its commune subtree and counts it', async () => {
    const village = await buildVillage(db(), '18673', 'Trung Hà');
    expect(village).toMatchObject({
      fullName: 'Thôn Trung Hà',
      level: 'village',
      parentCode: '18673',
      isOfficial: false,
    });
    const children = await listUnits(db(), SYSTEM_ACTOR, query({ parent: '18673', level: 'village' }));
    expect(children.items.map((u) => u.code)).toContain(village.code);
    const found = await listUnits(db(), SYSTEM_ACTOR, query({ q: 'trung ha', level: 'village' }));
    expect(found.items[0]?.code).toBe(village.code);
    expect((await unitStats(db(), today)).village).toBeGreaterThanOrEqual(1);
  });
});
