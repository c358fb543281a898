import bcrypt from 'bcryptjs';
import { createHash } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { KNOWN_OVERRIDES, type Role, type Scope, type UnitKind } from '@dondoc/domain';
import { CalendarOverrideEntity, DirectiveEntity, UnitEntity } from '../entities';
import { UnitsRepository, type ImportRow } from '../units.repository';
import { UsersRepository } from '../users.repository';

/**
 * The demo province, built from the units the seed articles name (Gia Lai, seed 000;
 * the bodies of seeds 002–004), shaped by the 2025 reform: province and communes, no
 * district level; mass organisations under the Fatherland Front.
 */
type DemoUnit = [code: string, name: string, kind: UnitKind, parentCode: string | null];

const PROVINCE: DemoUnit[] = [
  ['TU-GL', 'Tỉnh ủy Gia Lai (Ban Thường vụ Tỉnh ủy)', 'party_committee', null],
  ['BDV-TU', 'Ban Dân vận Tỉnh ủy', 'advisory_board', 'TU-GL'],
  ['VP-TU', 'Văn phòng Tỉnh ủy', 'advisory_board', 'TU-GL'],
  ['MTTQ-GL', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'fatherland_front', 'TU-GL'],
  ['HND-GL', 'Hội Nông dân tỉnh', 'mass_organisation', 'MTTQ-GL'],
  ['HLHPN-GL', 'Hội Liên hiệp Phụ nữ tỉnh', 'mass_organisation', 'MTTQ-GL'],
  ['TD-GL', 'Tỉnh đoàn (Đoàn TNCS Hồ Chí Minh tỉnh)', 'mass_organisation', 'MTTQ-GL'],
  ['HCCB-GL', 'Hội Cựu chiến binh tỉnh', 'mass_organisation', 'MTTQ-GL'],
  ['LDLD-GL', 'Liên đoàn Lao động tỉnh', 'mass_organisation', 'MTTQ-GL'],
  ['CA-GL', 'Công an tỉnh', 'armed_force', 'TU-GL'],
  ['BCHQS-GL', 'Bộ Chỉ huy Quân sự tỉnh', 'armed_force', 'TU-GL'],
  ['BDBP-GL', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'armed_force', 'TU-GL'],
  ['UBND-GL', 'Ủy ban nhân dân tỉnh (Đảng ủy UBND tỉnh)', 'state_agency', 'TU-GL'],
  ['BDT-GL', 'Ban Dân tộc tỉnh', 'state_agency', 'UBND-GL'],
  ['SYT-GL', 'Sở Y tế tỉnh', 'state_agency', 'UBND-GL'],
  ['NHNN-GL', 'Ngân hàng Nhà nước chi nhánh tỉnh Gia Lai', 'state_agency', 'UBND-GL'],
  ['HNB-GL', 'Hội Nhà báo tỉnh', 'other', 'TU-GL'],
];

export const DEMO_COMMUNES: { slug: string; name: string }[] = [
  { slug: 'PLEIKU', name: 'phường Pleiku' },
  { slug: 'IAGRAI', name: 'xã Ia Grai' },
  { slug: 'CHUSE', name: 'xã Chư Sê' },
  { slug: 'DAKDOA', name: 'xã Đak Đoa' },
];

function communeUnits(slug: string, name: string): DemoUnit[] {
  const du = `DU-${slug}`;
  return [
    [du, `Đảng ủy ${name}`, 'commune', 'TU-GL'],
    [`MTTQ-${slug}`, `Ủy ban MTTQ Việt Nam ${name}`, 'fatherland_front', du],
    [`HND-${slug}`, `Hội Nông dân ${name}`, 'mass_organisation', `MTTQ-${slug}`],
    [`HLHPN-${slug}`, `Hội Liên hiệp Phụ nữ ${name}`, 'mass_organisation', `MTTQ-${slug}`],
    [`DTN-${slug}`, `Đoàn Thanh niên ${name}`, 'mass_organisation', `MTTQ-${slug}`],
    [`HCCB-${slug}`, `Hội Cựu chiến binh ${name}`, 'mass_organisation', `MTTQ-${slug}`],
    [`UBND-${slug}`, `Ủy ban nhân dân ${name}`, 'state_agency', du],
    [`CA-${slug}`, `Công an ${name}`, 'armed_force', du],
  ];
}

export function demoUnits(): ImportRow[] {
  const all = [...PROVINCE, ...DEMO_COMMUNES.flatMap((c) => communeUnits(c.slug, c.name))];
  return all.map(([code, name, kind, parentCode], index) => ({ line: index + 1, code, name, kind, parentCode }));
}

/** Every demo account's password; shown in the README and printed by `npm start`. */
export const DEMO_PASSWORD = 'DonDoc@2026';

export const DEMO_USERS: { username: string; fullName: string; role: Role; unitCode: string; isHead?: boolean }[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin', unitCode: 'TU-GL' },
  { username: 'thuongtruc.tu', fullName: 'Nguyễn Văn Thường', role: 'leader', unitCode: 'TU-GL', isHead: true },
  { username: 'vp.tu', fullName: 'Lê Thị Văn', role: 'officer', unitCode: 'VP-TU' },
  { username: 'truongban.bdv', fullName: 'Trần Đức Toàn', role: 'leader', unitCode: 'BDV-TU', isHead: true },
  { username: 'bdv.tinh', fullName: 'Phạm Thị Dân', role: 'officer', unitCode: 'BDV-TU' },
  { username: 'chutich.mttq', fullName: 'Hoàng Văn Mặt', role: 'leader', unitCode: 'MTTQ-GL', isHead: true },
  { username: 'mttq.tinh', fullName: 'Vũ Thị Trận', role: 'officer', unitCode: 'MTTQ-GL' },
  { username: 'hnd.tinh', fullName: 'Đỗ Văn Nông', role: 'officer', unitCode: 'HND-GL' },
  { username: 'ca.tinh', fullName: 'Bùi Văn An', role: 'officer', unitCode: 'CA-GL' },
  { username: 'qs.tinh', fullName: 'Đặng Văn Quân', role: 'officer', unitCode: 'BCHQS-GL' },
  { username: 'bdt.tinh', fullName: 'Y Ksor', role: 'officer', unitCode: 'BDT-GL' },
  ...DEMO_COMMUNES.flatMap(({ slug, name }) => [
    {
      username: `bithu.${slug.toLowerCase()}`,
      fullName: `Bí thư Đảng ủy ${name}`,
      role: 'leader' as const,
      unitCode: `DU-${slug}`,
      isHead: true,
    },
    {
      username: `mttq.${slug.toLowerCase()}`,
      fullName: `Cán bộ MTTQ ${name}`,
      role: 'officer' as const,
      unitCode: `MTTQ-${slug}`,
    },
  ]),
];

const NIL = '00000000-0000-0000-0000-000000000000';
const SYSTEM_SCOPE: Scope = { userId: NIL, username: 'system', role: 'admin', unitId: NIL, unitPath: '/' };

/**
 * A demo unit's id, derived from the code it is seeded with (a name-based UUID in the
 * version 5 layout). The seed finds its units by these ids, never by their codes: an
 * admin may rename a demo unit, change its code, move or deactivate it, and the next
 * start still finds it, or knows that it is gone.
 */
export function demoUnitId(code: string): string {
  const hex = createHash('sha256').update(`dondoc-demo-unit:${code.toUpperCase()}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Seeds the demo province on a fresh database only (no unit at all): units (with the
 * ids of demoUnitId), users and the known calendar overrides. A database that holds
 * units, the demo's as an admin has since changed them or someone's real hierarchy, is
 * left as it is. Returns whether it seeded.
 */
export async function seedDemoProvince(dataSource: DataSource): Promise<boolean> {
  if (await dataSource.getRepository(UnitEntity).createQueryBuilder('u').getExists()) return false;
  await new UnitsRepository(dataSource).import(SYSTEM_SCOPE, demoUnits(), 'seed', demoUnitId);
  const users = new UsersRepository(dataSource);
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  for (const user of DEMO_USERS) {
    // Demo addresses: in `npm start` they land in the local mail catcher.
    const email = `${user.username}@gialai.dondoc.example`;
    await users.create({ ...user, email, passwordHash, unitId: demoUnitId(user.unitCode) }, 'seed');
  }
  await dataSource.getRepository(CalendarOverrideEntity).upsert(
    KNOWN_OVERRIDES.map((o) => ({ ...o, updatedBy: 'seed' })),
    ['date'],
  );
  return true;
}

/**
 * The directive of seed 000, as an API request body with unit codes in place of ids:
 * tasks with lead and coordinating units and working-day deadlines.
 */
export function seed000Directive(issueDate: string) {
  return {
    documentNumber: '25-KH/TU',
    title: 'Kế hoạch thực hiện các nhiệm vụ trọng tâm công tác dân vận của hệ thống chính trị',
    summary:
      'Cấp ủy, chính quyền các cấp tiếp tục chỉ đạo thực hiện tốt các nhiệm vụ trọng tâm công tác dân vận; khắc phục hạn chế trong phối hợp trao đổi thông tin, báo cáo kết quả công tác dân vận chưa kịp thời, thường xuyên.',
    issueDate,
    issuingUnitCode: 'TU-GL',
    urgency: 'normal' as const,
    tasks: [
      {
        title: 'Tham mưu tổ chức Hội nghị tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW và Chỉ thị số 43-CT/TW',
        description: 'Chuẩn bị nội dung tham mưu Thường trực Tỉnh ủy làm việc với đoàn kiểm tra của Trung ương.',
        leadUnitCode: 'BDV-TU',
        coordinatingUnitCodes: ['VP-TU'],
        deadlineWorkingDays: 20,
      },
      {
        title: 'Xây dựng báo cáo sơ kết công tác dân vận toàn tỉnh 6 tháng đầu năm',
        leadUnitCode: 'BDV-TU',
        coordinatingUnitCodes: ['MTTQ-GL', 'HND-GL', 'HLHPN-GL', 'TD-GL', 'HCCB-GL', 'LDLD-GL'],
        deadlineWorkingDays: 10,
        reportTemplate: 'Báo cáo sơ kết 6 tháng; số liệu từ 15/12 năm trước đến 14/6.',
      },
      {
        title: 'Báo cáo sơ kết công tác dân vận các đơn vị lực lượng vũ trang 6 tháng đầu năm',
        leadUnitCode: 'BCHQS-GL',
        coordinatingUnitCodes: ['CA-GL', 'BDBP-GL'],
        deadlineWorkingDays: 10,
      },
      {
        title: 'Báo cáo sơ kết việc thực hiện Quy chế dân chủ ở cơ sở 6 tháng đầu năm',
        leadUnitCode: 'UBND-GL',
        coordinatingUnitCodes: DEMO_COMMUNES.map((c) => `DU-${c.slug}`),
        deadlineWorkingDays: 10,
      },
      {
        title: 'Báo cáo phục vụ giao ban khối Đảng quý II',
        leadUnitCode: 'BDV-TU',
        coordinatingUnitCodes: [],
        deadlineWorkingDays: 5,
      },
      {
        title: 'Tổ chức Hội nghị sơ kết xây dựng mô hình “Nông hội” theo Công văn số 2824-CV/TU',
        leadUnitCode: 'HND-GL',
        coordinatingUnitCodes: DEMO_COMMUNES.map((c) => `HND-${c.slug}`),
        deadlineWorkingDays: 30,
        indicators: [{ name: 'Số mô hình “Nông hội” được củng cố', unitOfMeasure: 'mô hình', target: 40 }],
      },
      {
        title: 'Thực hiện Chỉ thị số 12-CT/TU về xây dựng nông thôn mới trong đồng bào dân tộc thiểu số',
        leadUnitCode: 'BDT-GL',
        coordinatingUnitCodes: ['MTTQ-GL'],
        deadlineWorkingDays: 60,
        indicators: [{ name: 'Số xã đạt chuẩn nông thôn mới vùng đồng bào DTTS', unitOfMeasure: 'xã', target: 5 }],
      },
      {
        title:
          'Thực hiện chương trình phối hợp công tác dân vận với Công an, Quân sự, Biên phòng, Ban Dân tộc, Sở Y tế, Ngân hàng Nhà nước, Hội Nhà báo',
        leadUnitCode: 'BDV-TU',
        coordinatingUnitCodes: ['CA-GL', 'BCHQS-GL', 'BDBP-GL', 'BDT-GL', 'SYT-GL', 'NHNN-GL', 'HNB-GL'],
        deadlineWorkingDays: 30,
      },
    ],
  };
}

export type DemoDirectiveRequest = Omit<ReturnType<typeof seed000Directive>, 'issuingUnitCode' | 'tasks'> & {
  issuingUnitId: string;
  tasks: (Omit<ReturnType<typeof seed000Directive>['tasks'][number], 'leadUnitCode' | 'coordinatingUnitCodes'> & {
    leadUnitId: string;
    coordinatingUnitIds: string[];
  })[];
};

/**
 * The seed-000 directive as an API request body, or null when it is not to be issued:
 * only into a database that holds no directive yet (so once, on the first start that
 * gets as far as the API), and only where the demo units are found by their stable ids.
 * A demo unit that is gone or deactivated is left out of the directive with a warning
 * (a task whose lead unit it was, with it); nothing here throws for what an admin changed.
 */
export async function demoDirectiveRequest(
  dataSource: DataSource,
  issueDate: string,
): Promise<{ request: DemoDirectiveRequest | null; warnings: string[] }> {
  if (await dataSource.getRepository(DirectiveEntity).createQueryBuilder('d').getExists())
    return { request: null, warnings: [] };
  const spec = seed000Directive(issueDate);
  const codes = [
    spec.issuingUnitCode,
    ...spec.tasks.flatMap((task) => [task.leadUnitCode, ...task.coordinatingUnitCodes]),
  ];
  const found = new Map(
    (await dataSource.getRepository(UnitEntity).findBy({ id: In([...new Set(codes)].map(demoUnitId)) })).map((unit) => [
      unit.id,
      unit,
    ]),
  );
  const warnings = new Set<string>();
  const usable = (code: string): string | null => {
    const unit = found.get(demoUnitId(code));
    if (!unit) warnings.add(`demo unit ${code} is missing: left out of the demo directive`);
    else if (!unit.active)
      warnings.add(
        `demo unit ${code}${unit.code === code ? '' : ` (now ${unit.code})`} is deactivated: left out of the demo directive`,
      );
    return unit?.active ? unit.id : null;
  };
  const issuingUnitId = usable(spec.issuingUnitCode);
  const tasks = spec.tasks.flatMap(({ leadUnitCode, coordinatingUnitCodes, ...task }) => {
    const leadUnitId = usable(leadUnitCode);
    const coordinatingUnitIds = coordinatingUnitCodes.map(usable).filter((id): id is string => id !== null);
    return leadUnitId ? [{ ...task, leadUnitId, coordinatingUnitIds }] : [];
  });
  // Nothing demo-shaped is left (or never was: someone's own hierarchy): say so only when something was expected.
  if (!issuingUnitId || tasks.length === 0) {
    if (found.size > 0) warnings.add('demo directive not seeded: its issuing unit or every lead unit is missing');
    return { request: null, warnings: found.size > 0 ? [...warnings] : [] };
  }
  const { issuingUnitCode: _issuer, tasks: _tasks, ...rest } = spec;
  return { request: { ...rest, issuingUnitId, tasks }, warnings: [...warnings] };
}
