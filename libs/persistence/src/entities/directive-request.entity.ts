import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The validated request of a directive, kept by the API under the directive's id so
 * that the workflow input stays small whatever the number of tasks (Temporal limits
 * a payload to 2 MB); the workflow's first activity turns it into the read model.
 */
@Entity({ name: 'directive_requests' })
export class DirectiveRequestEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('jsonb')
  tasks!: object[];

  /** The recipients named by a rule (DirectiveExpansion), expanded by the recording; null for a list. */
  @Column('jsonb', { nullable: true })
  expansion!: object | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
