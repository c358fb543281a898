import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type {
  CycleIndicator,
  CycleLevelPolicy,
  EscalationPolicy,
  Offset,
  RecipientRule,
  ReminderPolicy,
} from '@dondoc/domain';

export type CycleStatus = 'active' | 'paused' | 'ended';

/** What a round copies from its cycle when it opens: later amendments do not touch it. */
export interface CycleDefinition {
  title: string;
  legalBasis: string;
  frequency: string;
  cutOffRule: 'state' | 'calendar';
  recipients: RecipientRule;
  consolidatingUnitId: string | null;
  levelDeadlines: CycleLevelPolicy[];
  reportTemplate: string | null;
  indicators: CycleIndicator[];
  reminderPolicy: ReminderPolicy;
  escalationPolicy: EscalationPolicy;
  reviewPeriod: Offset | null;
}

/** A reporting cycle (chế độ báo cáo định kỳ): a standing obligation that opens a round each period. */
@Entity({ name: 'reporting_cycles' })
@Index('ix_reporting_cycles_issuer', ['issuingUnitId'])
export class ReportingCycleEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'issuing_unit_id' })
  issuingUnitId!: string;

  /** The legal basis as written, e.g. "461-QĐ/TU"; normalised beside it. */
  @Column('text', { name: 'legal_basis_normalized' })
  legalBasisNormalized!: string;

  /** The current definition (title, frequency, recipients, deadlines, indicators, policies). */
  @Column('jsonb')
  definition!: CycleDefinition;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Column('timestamptz', { name: 'ends_at', nullable: true })
  endsAt!: Date | null;

  @Column('text', { default: 'active' })
  status!: CycleStatus;

  /** Raised by each amendment; a round records the version it opened under. */
  @Column('integer', { default: 1 })
  version!: number;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One period's round of a cycle: a directive-like container whose tasks are the reports. */
@Entity({ name: 'reporting_rounds' })
@Index('ux_reporting_rounds_period', ['cycleId', 'periodKey'], { unique: true })
export class ReportingRoundEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'cycle_id' })
  cycleId!: string;

  @Column('text', { name: 'period_key' })
  periodKey!: string;

  @Column('text')
  label!: string;

  @Column('timestamptz', { name: 'cut_off' })
  cutOff!: Date;

  /** The directive row that carries the round's tasks (flagged with the cycle and period). */
  @Column('uuid', { name: 'directive_id' })
  directiveId!: string;

  @Column('integer', { name: 'cycle_version' })
  cycleVersion!: number;

  /** The cycle's definition when the round opened. */
  @Column('jsonb')
  definition!: CycleDefinition;

  @Column('text', { name: 'previous_key', nullable: true })
  previousKey!: string | null;

  @Column('text', { name: 'last_year_key', nullable: true })
  lastYearKey!: string | null;

  @Column('text', { name: 'opened_by' })
  openedBy!: string;

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  /** Withdrawn by the issuer: its open tasks cancelled, the reports already in kept and marked. */
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column('text', { name: 'withdrawn_by', nullable: true })
  withdrawnBy!: string | null;

  @Column('text', { name: 'withdrawal_reason', nullable: true })
  withdrawalReason!: string | null;
}

/** One recipient of a round: its task, whom it reports to, its level and deadline. */
@Entity({ name: 'reporting_round_units' })
@Index('ix_reporting_round_units_task', ['taskId'])
export class ReportingRoundUnitEntity {
  @PrimaryColumn('uuid', { name: 'round_id' })
  roundId!: string;

  @PrimaryColumn('uuid', { name: 'unit_id' })
  unitId!: string;

  @Column('uuid', { name: 'task_id' })
  taskId!: string;

  @Column('uuid', { name: 'parent_task_id', nullable: true })
  parentTaskId!: string | null;

  /** 0: reports to the issuer; its tasks are created top-down by delegation. */
  @Column('integer')
  depth!: number;

  @Column('text')
  level!: string;

  @Column('timestamptz')
  deadline!: Date;
}
