import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One link of the audit hash chain per audit row, written by the database's trigger
 * in the inserting transaction (migration AuditChain1795481000000). Kept beside the
 * rows rather than in them, so a row removed behind the application leaves its link
 * behind and verification names it.
 */
@Entity({ name: 'audit_chain' })
@Index('ux_audit_chain_seq', ['seq'], { unique: true })
export class AuditChainEntity {
  @PrimaryColumn('bigint', { primaryKeyConstraintName: 'PK_audit_chain_pos' })
  pos!: string;

  /** The audit row's seq. */
  @Column('bigint')
  seq!: string;

  @Column('text')
  hash!: string;
}

/** The chain's head: one row, locked by each appending transaction. */
@Entity({ name: 'audit_chain_head' })
export class AuditChainHeadEntity {
  @PrimaryColumn('integer', { primaryKeyConstraintName: 'PK_audit_chain_head_id' })
  id!: number;

  @Column('bigint')
  pos!: string;

  @Column('text')
  hash!: string;
}

/** A daily record of the chain head, for auditors to keep outside the system. */
@Entity({ name: 'audit_checkpoints' })
@Index('ux_audit_checkpoints_day', ['day'], { unique: true })
export class AuditCheckpointEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'PK_audit_checkpoints_id',
  })
  id!: string;

  /** The local day (Asia/Ho_Chi_Minh) the checkpoint closes. */
  @Column('date')
  day!: string;

  @Column('timestamptz', { name: 'taken_at', default: () => 'now()' })
  takenAt!: Date;

  @Column('bigint')
  pos!: string;

  @Column('text')
  hash!: string;

  @Column('bigint', { name: 'row_count' })
  rowCount!: string;
}
