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

  /** The note in English, for English readers; null when nobody gave one (shown in Vietnamese). */
  @Column('text', { name: 'note_en', nullable: true })
  noteEn!: string | null;

  /** The document that set the day (e.g. 6150/TB-BLĐTBXH); null when an admin set it without one. */
  @Column('text', { name: 'document_number', nullable: true })
  documentNumber!: string | null;

  /** Issuer, date and title of that document, for whoever checks the calendar. */
  @Column('text', { name: 'source_note', nullable: true })
  sourceNote!: string | null;

  @Column('text', { name: 'updated_by' })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
