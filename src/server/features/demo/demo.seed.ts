import { randomBytes } from 'node:crypto';
import type { Role } from '../../../contracts/auth';
import type { CreateUnitBody } from '../../../contracts/units';
import type { Db } from '../../platform/database';
import type { Clock } from '../../platform/clock';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import { SYSTEM_ACTOR as SYSTEM } from '../../platform/actor';
import { createUnit, resolveUnit } from '../units/units.service';
import { createUser } from '../users/users.service';
import { seedDemoPlans } from './demo.plans';
import { seedDemoConferences } from './demo.conferences';
import { countUsers } from './demo.repo';

/** Xã Cẩm Xuyên (Hà Tĩnh): the district of seed 001 became this commune on 2025-07-01. */
export const DEMO_PROVINCE = '42';
export const DEMO_COMMUNE = '18673';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  unit: string;
  description: string;
}

/** Demo units and one account per level, made through the same services as the API; skipped once done. */
export async function seedDemo(db: Db, password: string | null, clock: Clock): Promise<DemoAccount[] | null> {
  if ((await countUsers(db)) > 0) return null;
  const now = clock.now();
  const today = todayInVietnam(now);
  const pass = () => password ?? randomBytes(9).toString('base64url');
  const make = (body: Omit<CreateUnitBody, 'validFrom'>) =>
    createUnit(db, SYSTEM, { ...body, validFrom: '2025-07-01' }, today);

  const province = await resolveUnit(db, DEMO_PROVINCE, today);
  const commune = await resolveUnit(db, DEMO_COMMUNE, today);
  const so = await make({
    parent: province.code,
    level: 'organization',
    type: 'Sở',
    name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh',
    shortName: 'Sở VHTTDL',
  });
  const ubnd = await make({
    parent: commune.code,
    level: 'organization',
    type: 'UBND',
    name: 'Ủy ban nhân dân xã Cẩm Xuyên',
    shortName: 'UBND xã',
  });
  const bcd = await make({
    parent: commune.code,
    level: 'organization',
    type: 'Ban Chỉ đạo',
    name: 'Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" xã Cẩm Xuyên',
    shortName: 'BCĐ',
  });
  const village = await make({ parent: commune.code, level: 'village', type: 'thôn', name: 'Thôn 1' });
  await make({ parent: commune.code, level: 'village', type: 'thôn', name: 'Thôn 2' });
  await make({ parent: commune.code, level: 'village', type: 'tổ dân phố', name: 'Tổ dân phố 1' });

  const accounts: (Omit<DemoAccount, 'password'> & {
    fullName: string;
    position: string;
    organization?: string;
    captureScope: string | null;
    viewScope: string | null;
    email?: string;
  })[] = [
    {
      username: 'admin',
      role: 'system_admin',
      unit: province.code,
      captureScope: null,
      viewScope: null,
      fullName: 'Quản trị hệ thống',
      position: 'Quản trị viên',
      description: 'quản trị hệ thống, toàn quốc',
    },
    {
      username: 'tinh.hatinh',
      email: 'lan.nt@hatinh.example.vn',
      role: 'unit_admin',
      unit: province.code,
      organization: so.code,
      captureScope: province.code,
      viewScope: province.code,
      fullName: 'Nguyễn Thị Lan',
      position: 'Chuyên viên Sở VHTTDL',
      description: 'cấp tỉnh: quản trị đơn vị, Hà Tĩnh',
    },
    {
      username: 'xa.camxuyen',
      email: 'vanhoa@camxuyen.example.vn',
      role: 'officer',
      unit: commune.code,
      organization: bcd.code,
      captureScope: commune.code,
      viewScope: province.code,
      fullName: 'Trần Văn Hùng',
      position: 'Công chức Văn hóa - Xã hội',
      description: 'cấp xã: cán bộ, xã Cẩm Xuyên (xem cả tỉnh)',
    },
    {
      username: 'lanhdao.camxuyen',
      email: 'thang.pv@camxuyen.example.vn',
      role: 'leader',
      unit: commune.code,
      organization: bcd.code,
      captureScope: commune.code,
      viewScope: commune.code,
      fullName: 'Phạm Văn Thắng',
      position: 'Phó Chủ tịch UBND xã',
      description: 'cấp xã: lãnh đạo, xã Cẩm Xuyên',
    },
    {
      username: 'thon1.camxuyen',
      email: 'thon1@camxuyen.example.vn',
      role: 'officer',
      unit: village.code,
      captureScope: village.code,
      viewScope: commune.code,
      fullName: 'Lê Thị Mai',
      position: 'Trưởng thôn',
      description: 'cấp thôn: cán bộ, Thôn 1',
    },
  ];
  const result: DemoAccount[] = [];
  for (const a of accounts) {
    const secret = pass();
    await createUser(
      db,
      SYSTEM,
      {
        username: a.username,
        password: secret,
        fullName: a.fullName,
        position: a.position,
        role: a.role,
        unit: a.unit,
        organization: a.organization ?? null,
        captureScope: a.captureScope,
        viewScope: a.viewScope,
        email: a.email ?? null,
      },
      today,
    );
    result.push({
      username: a.username,
      password: secret,
      role: a.role,
      unit: a.unit,
      description: a.description,
    });
  }
  await seedDemoPlans(db, { bcd: bcd.code, ubnd: ubnd.code, so: so.code, commune: commune.code }, now);
  await seedDemoConferences(db, { so: so.code, commune: commune.code }, today);
  return result;
}
