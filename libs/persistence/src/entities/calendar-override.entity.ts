import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The Government's per-year decisions on top of the statutory holidays. */
@Entity({ name: 'calendar_overrides' })
export class CalendarOverrideEntity {
  @PrimaryColumn('date')
  date!: string;

  @Column('text')
  kind!: 'day_off' | 'working_day';

  @Column('text')
  note!: string;

  @Column('text', { name: 'updated_by' })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
