import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A JSON snapshot of the changed fields. */
export type AuditPayload = { [key: string]: string | number | boolean | null | AuditPayload | AuditPayload[] };

/**
 * Append-only audit log. `event_id` is deterministic (workflow id + event), so an
 * activity retried after a crash writes nothing twice.
 */
@Entity({ name: 'audit_events' })
@Index('ux_audit_events_event_id', ['eventId'], { unique: true })
@Index('ix_audit_events_entity', ['entityType', 'entityId'])
@Index('ix_audit_events_entity_id', ['entityId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  seq!: string;

  @Column('text', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'entity_type' })
  entityType!: string;

  @Column('uuid', { name: 'entity_id' })
  entityId!: string;

  @Column('text')
  action!: string;

  @Column('text')
  actor!: string;

  @Column('timestamptz', { name: 'occurred_at', default: () => 'now()' })
  occurredAt!: Date;

  @Column('jsonb', { nullable: true })
  before!: AuditPayload | null;

  @Column('jsonb', { nullable: true })
  after!: AuditPayload | null;
}
