import type { DataSource } from 'typeorm';
import { KNOWN_OVERRIDES } from '@dondoc/domain';
import { ownDatabase } from '../../../test/support/own-database';
import { CalendarRepository } from './calendar.repository';
import { CalendarOverrideEntity } from './entities';
import { OfficialCalendar1795480000000 } from './migrations/1795480000000-official-calendar';

/** Own database: the test changes calendar rows that other files must not see. */
describe('the official calendar decisions in the override table (real PostgreSQL, real migrations)', () => {
  let db: DataSource;
  let calendar: CalendarRepository;
  beforeAll(async () => {
    ({ db } = await ownDatabase('calendar_decisions'));
    calendar = new CalendarRepository(db);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('loads every decided day with the document that set it', async () => {
    const rows = await calendar.overrides();
    expect(rows.map((r) => [r.date, r.kind, r.documentNumber])).toEqual(
      KNOWN_OVERRIDES.map((o) => [o.date, o.kind, o.documentNumber]),
    );
    expect(rows.find((r) => r.date === '2025-04-26')).toMatchObject({
      kind: 'working_day',
      documentNumber: '6150/TB-BLĐTBXH',
      updatedBy: 'migration:official-calendar-2025-2026',
    });
    const cal = await calendar.calendar([2026], 'Asia/Ho_Chi_Minh');
    expect(cal.isWorkingDay('2026-01-02')).toBe(false);
    expect(cal.isWorkingDay('2026-08-22')).toBe(true);
    expect(cal.isWorkingDay('2026-09-03')).toBe(true);
  });

  it('is idempotent and leaves what an admin changed', async () => {
    await calendar.upsert({ date: '2026-01-10', kind: 'day_off', note: 'Sửa tay' }, 'admin');
    await db.query(`UPDATE calendar_overrides SET document_number = NULL WHERE date = '2025-05-02'`);
    const runner = db.createQueryRunner();
    try {
      await new OfficialCalendar1795480000000().up(runner);
    } finally {
      await runner.release();
    }
    const rows = await db.getRepository(CalendarOverrideEntity).find();
    expect(rows).toHaveLength(KNOWN_OVERRIDES.length);
    // The admin's row stays as the admin left it (a change without a document clears it).
    expect(rows.find((r) => r.date === '2026-01-10')).toMatchObject({
      kind: 'day_off',
      note: 'Sửa tay',
      documentNumber: null,
    });
    // A row that agrees with the decision gets its document back.
    expect(rows.find((r) => r.date === '2025-05-02')?.documentNumber).toBe('6150/TB-BLĐTBXH');
  });
});
