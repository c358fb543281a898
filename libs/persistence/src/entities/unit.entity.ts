import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { UnitKind } from '@dondoc/domain';

/**
 * A node of the hierarchy. `path` is the materialized path of ids from the root
 * ("/<root>/<child>/…/<this>/"), in the "C" collation so that a btree index answers
 * "everything below" as a prefix range scan (see bench/README.md for the plan).
 */
@Entity({ name: 'units' })
@Index('ux_units_code', ['code'], { unique: true })
@Index('ix_units_path', ['path'])
@Index('ix_units_parent', ['parentId'])
// A trigram index (pg_trgm, GIN) on search_folded for LIKE '%term%'; made by its migration.
@Index('ix_units_search_trgm', { synchronize: false })
export class UnitEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  /** Name without diacritics, upper case: for search with or without accents. */
  @Column('text', { name: 'name_folded' })
  nameFolded!: string;

  /**
   * What unit search reads: the folded name with each abbreviation beside its full form,
   * both ways ("MTTQ MAT TRAN TO QUOC"); written with the name (unitSearchText, libs/domain).
   */
  @Column('text', { name: 'search_folded' })
  searchFolded!: string;

  @Column('text')
  kind!: UnitKind;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent!: Relation<UnitEntity> | null;

  @Column({ type: 'text', collation: 'C' })
  path!: string;

  @Column('integer')
  depth!: number;

  @Column('text', { name: 'head_name', nullable: true })
  headName!: string | null;

  @Column('text', { name: 'head_title', nullable: true })
  headTitle!: string | null;

  @Column('text', { name: 'head_email', nullable: true })
  headEmail!: string | null;

  @Column('text', { name: 'head_phone', nullable: true })
  headPhone!: string | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @Column('uuid', { name: 'successor_id', nullable: true })
  successorId!: string | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successor_id' })
  successor!: Relation<UnitEntity> | null;

  @Column('timestamptz', { name: 'deactivated_at', nullable: true })
  deactivatedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
