import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Role } from '@dondoc/domain';
import { UnitEntity } from './unit.entity';

@Entity({ name: 'users' })
@Index('ux_users_username', ['username'], { unique: true })
@Index('ix_users_unit', ['unitId'])
export class UserEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Lower case. */
  @Column('text')
  username!: string;

  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Column('text', { name: 'full_name' })
  fullName!: string;

  @Column('text')
  role!: Role;

  @Column('uuid', { name: 'unit_id' })
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit!: Relation<UnitEntity>;

  @Column('text', { nullable: true })
  email!: string | null;

  /** The head (thủ trưởng) of the unit receives escalations. */
  @Column('boolean', { name: 'is_head', default: false })
  isHead!: boolean;

  @Column('boolean', { default: true })
  active!: boolean;

  /** Cleared to read secret content (an auditor's clearance). */
  @Column('boolean', { name: 'secret_clearance', default: false })
  secretClearance!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
