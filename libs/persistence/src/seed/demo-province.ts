import bcrypt from 'bcryptjs';
import type { DataSource } from 'typeorm';
import { KNOWN_OVERRIDES, type Role, type Scope, type UnitKind } from '@dondoc/domain';
import { CalendarOverrideEntity, UnitEntity } from '../entities';
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
 * Seeds the demo province once: units, users and the known calendar overrides.
 * Does nothing when the province is already there. Returns whether it seeded.
 */
export async function seedDemoProvince(dataSource: DataSource): Promise<boolean> {
  if (await dataSource.getRepository(UnitEntity).existsBy({ code: 'TU-GL' })) return false;
  await new UnitsRepository(dataSource).import(SYSTEM_SCOPE, demoUnits(), 'seed');
  const users = new UsersRepository(dataSource);
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  const units = new Map((await dataSource.getRepository(UnitEntity).find()).map((unit) => [unit.code, unit.id]));
  for (const user of DEMO_USERS) {
    // Demo addresses: in `npm start` they land in the local mail catcher.
    const email = `${user.username}@gialai.dondoc.example`;
    await users.create({ ...user, email, passwordHash, unitId: units.get(user.unitCode)! }, 'seed');
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

/** Resolves the codes of seed000Directive() to ids, giving an API request body. */
export async function seed000Request(dataSource: DataSource, issueDate: string) {
  const spec = seed000Directive(issueDate);
  const units = new Map((await dataSource.getRepository(UnitEntity).find()).map((unit) => [unit.code, unit.id]));
  const id = (code: string) => {
    const found = units.get(code);
    if (!found) throw new Error(`demo unit ${code} missing`);
    return found;
  };
  return {
    documentNumber: spec.documentNumber,
    title: spec.title,
    summary: spec.summary,
    issueDate: spec.issueDate,
    issuingUnitId: id(spec.issuingUnitCode),
    urgency: spec.urgency,
    tasks: spec.tasks.map(({ leadUnitCode, coordinatingUnitCodes, ...task }) => ({
      ...task,
      leadUnitId: id(leadUnitCode),
      coordinatingUnitIds: coordinatingUnitCodes.map(id),
    })),
  };
}
