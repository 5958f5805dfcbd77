import { parseArgs } from 'node:util';
import { loadConfig } from '../server/platform/config';
import { systemClock } from '../server/platform/clock';
import { DataDirLockedError } from '../server/platform/data-dir-lock';
import { usersCreate } from './users-create';
import { unitsImport } from './units-import';
import { unitsStats } from './units-stats';
import { dbBackup, dbRestore } from './db-backup';
import { dbSetupRoles } from './db-setup-roles';
import { docRender } from './doc-render';
import { planImport } from './plan-import';

const USAGE = `Cách dùng: phongtrao <lệnh> [tùy chọn]
  users create --username U --password P --role ROLE --unit CODE [--name "Họ tên"] [--position ...]
               [--capture CODE|all] [--view CODE|all]     ROLE: system_admin, unit_admin, officer, leader, viewer
  units import [--villages FILE.csv]     nạp danh mục đơn vị hành chính; thêm thôn/cơ quan từ CSV
                                         (cột: parent,level,type,name,short_name)
  units stats --json [--at YYYY-MM-DD]   số đơn vị theo cấp có hiệu lực vào ngày đó
  db backup FILE                         sao lưu toàn bộ dữ liệu (từng dòng JSON, nén gzip)
  db restore FILE [--force]              khôi phục vào cơ sở dữ liệu trống (--force: thay cơ sở dữ liệu hiện có)
  db setup-roles [--print] [--owner-role R] [--app-role R] [--owner-password P] [--app-password P]
                                         PostgreSQL (DATABASE_URL của quản trị viên): tạo vai trò sở hữu và vai trò
                                         chạy, chuyển quyền sở hữu, cấp quyền; in hai địa chỉ cần dùng
                                         (mật khẩu cũng lấy từ PHONGTRAO_OWNER_PASSWORD, PHONGTRAO_APP_PASSWORD)
  plan import FILE --json                 đọc kế hoạch (DOCX, PDF có lớp chữ, TXT) thành bản thảo JSON
                                         (mã thoát 0 kể cả khi có cảnh báo; 2 khi không đọc được tệp)
  doc render DRAFT.json -o OUT.docx|OUT.pdf
                                         dựng văn bản theo NĐ 30/2020 từ bản thảo JSON (PDF cần LibreOffice)
Biến môi trường: DATA_DIR, DATABASE_URL, DATABASE_OWNER_URL (như máy chủ), SOFFICE_PATH (LibreOffice cho PDF).`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    username: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string' },
    unit: { type: 'string' },
    name: { type: 'string' },
    position: { type: 'string' },
    capture: { type: 'string' },
    view: { type: 'string' },
    villages: { type: 'string' },
    json: { type: 'boolean' },
    at: { type: 'string' },
    force: { type: 'boolean' },
    print: { type: 'boolean' },
    'owner-role': { type: 'string' },
    'app-role': { type: 'string' },
    'owner-password': { type: 'string' },
    'app-password': { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  },
});

export type CliOptions = typeof values;

const config = loadConfig();
/** The one read of the system clock; each command passes it down. */
const clock = systemClock;
const [group, command, arg] = positionals;
try {
  if (values.help || !group) console.log(USAGE);
  else if (group === 'users' && command === 'create') await usersCreate(config, values, clock);
  else if (group === 'units' && command === 'import') await unitsImport(config, values, clock);
  else if (group === 'units' && command === 'stats') await unitsStats(config, values, clock);
  else if (group === 'db' && command === 'backup' && arg) await dbBackup(config, arg, clock);
  else if (group === 'db' && command === 'restore' && arg)
    await dbRestore(config, arg, values.force ?? false);
  else if (group === 'db' && command === 'setup-roles' && !arg) await dbSetupRoles(config, values);
  else if (group === 'doc' && command === 'render' && arg) await docRender(config, arg, values);
  else if (group === 'plan' && command === 'import' && arg) await planImport(arg);
  else {
    console.error(`Lệnh không hợp lệ: ${positionals.join(' ')}\n\n${USAGE}`);
    process.exitCode = 2;
  }
} catch (error) {
  const message =
    error instanceof DataDirLockedError || error instanceof Error ? error.message : String(error);
  console.error(`Lỗi: ${message}`);
  process.exitCode = 1;
}
