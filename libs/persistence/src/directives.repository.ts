import type { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  CURSOR_INSTANT_SQL_FORMAT,
  emptyBucketCounts,
  foldVietnamese,
  searchTerms,
  NotFoundError,
  rollUpProgress,
  type BucketCounts,
  type Scope,
  type StatusBucket,
  msg,
} from '@dondoc/domain';
import { DirectiveEntity, DirectiveRequestEntity, TaskEntity } from './entities';
import { allTermsLike, escapeLike } from './sql';

export interface DirectiveCountFilter {
  issuingUnitId?: string;
  /** Directives with a task whose lead unit is this unit, or (with subtree) below it. */
  unitId?: string;
  subtree?: boolean;
  bucket?: StatusBucket;
  overdue?: boolean;
  status?: string;
  q?: string;
  /** Secret directives the reader may not read (SecrecyRepository.hiddenFrom): `q` matches only their number. */
  hidden?: readonly string[];
}

/** A page of the directive list: after a key (keyset) or past an offset. */
export interface DirectiveFilter extends DirectiveCountFilter {
  limit: number;
  offset: number;
  /** The key of the last row of the page before; `createdAt` to the microsecond, UTC. */
  after?: { issueDate: string; createdAt: string; id: string };
}

/** SQL for the bucket of a task row aliased `t`, at `now()`. */
/** How many tasks one directive's view carries; the rest are the task list's pages. */
export const DIRECTIVE_VIEW_TASKS = 1_000;

export const TASK_BUCKET_SQL = `CASE
  WHEN t.status = 'cancelled' THEN 'cancelled'
  WHEN t.status = 'completed' AND t.completed_at <= t.deadline THEN 'completed_on_time'
  WHEN t.status = 'completed' THEN 'completed_late'
  WHEN t.deadline < now() THEN 'open_overdue'
  ELSE 'open_within_deadline' END`;

/**
 * The same buckets as TASK_BUCKET_SQL, as conditions on the row's columns (the four task
 * statuses: assigned, overdue, completed, cancelled), so the planner can estimate them and
 * use the partial indexes of open tasks (docs/decisions/0055-keyset-lists.md).
 */
export const TASK_BUCKET_WHERE: Record<StatusBucket, string> = {
  open_within_deadline: "t.status IN ('assigned', 'overdue') AND t.deadline >= now()",
  open_overdue: "t.status IN ('assigned', 'overdue') AND t.deadline < now()",
  completed_on_time: "t.status = 'completed' AND t.completed_at <= t.deadline",
  completed_late: "t.status = 'completed' AND (t.completed_at IS NULL OR t.completed_at > t.deadline)",
  cancelled: "t.status = 'cancelled'",
};

/**
 * Directive reads. Every method takes the caller's scope: a directive is visible when
 * its issuing unit is in the scope or one of its tasks' lead or coordinating units is;
 * of its tasks, the caller sees those of units in the scope (all, when the issuer is).
 */
export class DirectivesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The directives the caller sees. The issuer's side is a condition on the row; below it,
   * the directives of the tasks of the caller's units, each set read once per statement
   * from the units (a hashed subplan), not every task of every directive probed in turn
   * (a commune's list read 31,200 task rows a page, bench/README.md, lists).
   */
  private visible(scope: Scope, query: SelectQueryBuilder<DirectiveEntity>) {
    return query.andWhere(
      `(iu.path LIKE :scopePath
        OR d.id IN (SELECT vt.directive_id FROM units vu JOIN tasks vt ON vt.lead_unit_id = vu.id
                     WHERE vu.path LIKE :scopePath)
        OR d.id IN (SELECT ct.directive_id FROM units cu JOIN task_coordinators cc ON cc.unit_id = cu.id
                      JOIN tasks ct ON ct.id = cc.task_id
                     WHERE cu.path LIKE :scopePath))`,
      { scopePath: `${escapeLike(scope.unitPath)}%` },
    );
  }

  /** The directives the filter holds, visible to the caller, without order or columns. */
  private filtered(scope: Scope, filter: DirectiveCountFilter) {
    const query = this.dataSource
      .getRepository(DirectiveEntity)
      .createQueryBuilder('d')
      .innerJoin('d.issuingUnit', 'iu')
      .where('TRUE');
    this.visible(scope, query);
    if (filter.issuingUnitId) query.andWhere('d.issuing_unit_id = :issuer', { issuer: filter.issuingUnitId });
    if (filter.status) query.andWhere('d.status = :status', { status: filter.status });
    if (filter.q) {
      // A secret directive the reader may not read is found by its number only: its title
      // must not answer a guess (docs/secret-content.md).
      // Any other is found by every word of the query, in any order (search-text.ts).
      const terms = searchTerms(filter.q);
      const { sql: words, params } = allTermsLike('d.search_text', terms);
      query.andWhere(
        `(CASE WHEN d.id = ANY(:hidden) THEN split_part(d.search_text, ' ', 1) LIKE :q
               ELSE ${terms.length ? `(${words})` : 'd.search_text LIKE :q'} END)`,
        { q: `%${escapeLike(foldVietnamese(filter.q))}%`, hidden: filter.hidden ?? [], ...params },
      );
    }
    if (filter.unitId) {
      const unitCondition = filter.subtree
        ? `fu.path LIKE (SELECT path FROM units WHERE id = :unitId) || '%'`
        : 'fu.id = :unitId';
      query.andWhere(
        `EXISTS (SELECT 1 FROM tasks ft JOIN units fu ON fu.id = ft.lead_unit_id WHERE ft.directive_id = d.id AND ${unitCondition})`,
        { unitId: filter.unitId },
      );
    }
    if (filter.bucket || filter.overdue) {
      const bucket = filter.overdue ? 'open_overdue' : filter.bucket;
      query.andWhere(
        `EXISTS (SELECT 1 FROM tasks t JOIN units bu ON bu.id = t.lead_unit_id
                  WHERE t.directive_id = d.id AND bu.path LIKE :scopePath AND (${TASK_BUCKET_SQL}) = :bucket)`,
        { bucket },
      );
    }
    return query;
  }

  /**
   * A page of directives, newest first on the key (issue date, created at, id): after
   * `after`'s key (a keyset page), or past `offset`. `nextKey` is the last row's key when
   * there are more. The total is `count`, counted by the API once per filter and while.
   */
  async list(scope: Scope, filter: DirectiveFilter) {
    const query = this.filtered(scope, filter)
      .addSelect(['iu.id', 'iu.code', 'iu.name'])
      .addSelect(`to_char(d.created_at AT TIME ZONE 'UTC', '${CURSOR_INSTANT_SQL_FORMAT}')`, 'created_key')
      // Which side of each directive the reader is on, read with the page (bucketCounts needs it).
      .addSelect('iu.path LIKE :issuerSidePath', 'issuer_side')
      .setParameter('issuerSidePath', `${escapeLike(scope.unitPath)}%`)
      .orderBy('d.issue_date', 'DESC')
      .addOrderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      // One issuing unit per directive: a plain LIMIT, no TypeORM distinct pass.
      .limit(filter.limit + 1)
      .offset(filter.after ? 0 : filter.offset);
    if (filter.after)
      query.andWhere(
        '(d.issue_date, d.created_at, d.id) < (CAST(:afterDate AS date), CAST(:afterCreated AS timestamptz), CAST(:afterId AS uuid))',
        { afterDate: filter.after.issueDate, afterCreated: filter.after.createdAt, afterId: filter.after.id },
      );
    const { entities, raw } = await query.getRawAndEntities<{ created_key: string; issuer_side: boolean }>();
    const more = entities.length > filter.limit;
    const items = entities.slice(0, filter.limit);
    const last = items[items.length - 1];
    const counts = await this.bucketCounts(
      scope,
      items.map((d) => d.id),
      new Map(items.map((d, i) => [d.id, raw[i]!.issuer_side])),
    );
    return {
      items: items.map((directive) => ({ directive, progress: counts.get(directive.id) ?? emptyBucketCounts() })),
      nextKey:
        more && last ? { issueDate: last.issueDate, createdAt: raw[items.length - 1]!.created_key, id: last.id } : null,
    };
  }

  /** How many directives the filter holds (all pages). */
  count(scope: Scope, filter: DirectiveCountFilter): Promise<number> {
    return this.filtered(scope, filter).getCount();
  }

  /**
   * Per directive, the number of visible tasks in each bucket. The issuing side counts
   * the directive's own tasks (sub-tasks roll up into them); a unit below counts every
   * task of its subtree, delegated ones included. The issuing side's counts are kept by
   * triggers on `tasks` (directive_task_counts, per deadline for open tasks, split here at
   * `now()`); a unit below counts its own subtree's tasks, starting from its units
   * (docs/decisions/0061-directive-progress-counts.md). `issuerSides`, when the caller has
   * read them with the directives (the list), saves reading them again.
   */
  async bucketCounts(
    scope: Scope,
    directiveIds: string[],
    issuerSides?: Map<string, boolean>,
  ): Promise<Map<string, BucketCounts>> {
    const result = new Map<string, BucketCounts>();
    if (directiveIds.length === 0) return result;
    const scopePath = `${escapeLike(scope.unitPath)}%`;
    const sides: { id: string; issuer_side: boolean }[] = issuerSides
      ? directiveIds.map((id) => ({ id, issuer_side: issuerSides.get(id) === true }))
      : await this.dataSource.query(
          `SELECT d.id, iu.path LIKE $2 AS issuer_side
             FROM directives d JOIN units iu ON iu.id = d.issuing_unit_id WHERE d.id = ANY($1)`,
          [directiveIds, scopePath],
        );
    const issuerSide = sides.filter((side) => side.issuer_side).map((side) => side.id);
    const below = sides.filter((side) => !side.issuer_side).map((side) => side.id);
    const rows: { directive_id: string; bucket: StatusBucket; n: string }[] = [];
    if (issuerSide.length)
      rows.push(
        ...(await this.dataSource.query(
          `SELECT c.directive_id,
                  CASE WHEN c.state <> 'open' THEN c.state
                       WHEN c.deadline < now() THEN 'open_overdue' ELSE 'open_within_deadline' END AS bucket,
                  sum(c.n) AS n
             FROM directive_task_counts c
            WHERE c.directive_id = ANY($1)
            GROUP BY 1, 2`,
          [issuerSide],
        )),
      );
    if (below.length)
      rows.push(
        ...(await this.dataSource.query(
          // Each branch carries the columns the bucket needs (the UNION still counts a task
          // once: they follow from its id). Joined back to tasks by id instead, the planner,
          // which cannot estimate the UNION, hashed all of tasks: 16 ms at 31,200 tasks
          // against 0.5 ms (bench/README.md, lists).
          `WITH seen AS (
             SELECT t.id, t.directive_id, t.status, t.completed_at, t.deadline
               FROM units u JOIN tasks t ON t.lead_unit_id = u.id
              WHERE u.path LIKE $2 AND t.directive_id = ANY($1)
             UNION
             SELECT ct.id, ct.directive_id, ct.status, ct.completed_at, ct.deadline
               FROM units cu JOIN task_coordinators c ON c.unit_id = cu.id
               JOIN tasks ct ON ct.id = c.task_id
              WHERE cu.path LIKE $2 AND ct.directive_id = ANY($1))
           SELECT t.directive_id, ${TASK_BUCKET_SQL} AS bucket, count(*) AS n
             FROM seen t
            GROUP BY 1, 2`,
          [below, scopePath],
        )),
      );
    for (const row of rows) {
      const counts = result.get(row.directive_id) ?? emptyBucketCounts();
      counts[row.bucket] = Number(row.n);
      result.set(row.directive_id, counts);
    }
    return result;
  }

  /**
   * One directive with the tasks the reader sees: the issuing side its own tasks, a unit
   * below every task of its subtree (lead or coordinating, any depth). A directive may
   * have 100,000 tasks (an expansion), so the view carries the first DIRECTIVE_VIEW_TASKS
   * in order and says how many there are (`taskCount`: the progress counts' sum, the same
   * numbers the directive list shows); the rest are the task list's pages
   * (GET /tasks?directiveId=…). Only the shown tasks are loaded with their units,
   * coordinators and indicators, and only their sub-trees are rolled up.
   */
  async get(scope: Scope, id: string) {
    const query = this.dataSource
      .getRepository(DirectiveEntity)
      .createQueryBuilder('d')
      .innerJoinAndSelect('d.issuingUnit', 'iu')
      .where('d.id = :id', { id });
    this.visible(scope, query);
    const directive = await query.getOne();
    if (!directive) throw new NotFoundError(msg('nouns.directive'), id);
    const issuerVisible = directive.issuingUnit.path.startsWith(scope.unitPath);
    const shown: { id: string }[] = issuerVisible
      ? await this.dataSource.query(
          `SELECT id FROM tasks WHERE directive_id = $1 AND parent_task_id IS NULL ORDER BY position LIMIT ${DIRECTIVE_VIEW_TASKS}`,
          [id],
        )
      : await this.dataSource.query(
          `SELECT t.id FROM tasks t JOIN units lu ON lu.id = t.lead_unit_id
            WHERE t.directive_id = $1
              AND (lu.path LIKE $2 OR EXISTS (SELECT 1 FROM task_coordinators sc JOIN units su ON su.id = sc.unit_id
                                               WHERE sc.task_id = t.id AND su.path LIKE $2))
            ORDER BY t.position LIMIT ${DIRECTIVE_VIEW_TASKS}`,
          [id, `${escapeLike(scope.unitPath)}%`],
        );
    const ids = shown.map((row) => row.id);
    const tasks = ids.length
      ? await this.dataSource
          .getRepository(TaskEntity)
          .createQueryBuilder('t')
          .innerJoinAndSelect('t.leadUnit', 'lu')
          .leftJoinAndSelect('t.coordinators', 'c')
          .leftJoinAndSelect('c.unit', 'cu')
          .leftJoinAndSelect('t.indicators', 'i')
          .where('t.id IN (:...ids)', { ids })
          .orderBy('t.position')
          .addOrderBy('c.position')
          .addOrderBy('i.position')
          .getMany()
      : [];
    const progress = (await this.bucketCounts(scope, [id])).get(id) ?? emptyBucketCounts();
    const taskCount = Object.values(progress).reduce((sum, n) => sum + n, 0);
    // Sub-tasks are few (a delegation carries at most 500); the directive's own tasks are
    // many: only the shown ones' rows go into the roll-up.
    const tree = rollUpProgress(
      await this.dataSource.query(
        `SELECT id, parent_task_id AS "parentId", status FROM tasks
          WHERE directive_id = $1 AND (parent_task_id IS NOT NULL OR id = ANY($2::uuid[]))`,
        [id, ids],
      ),
    );
    return { directive, tasks, taskCount, progress, tree, assignment: await this.assignment(id) };
  }

  /**
   * How far the directive's own tasks are assigned: all rows are written at once, but each
   * task's follow-up (its workflow: reminders, escalation, the lead unit's actions) starts
   * one by one, audited as `task.follow_up_started`; a large directive takes a while.
   */
  private async assignment(directiveId: string): Promise<{ total: number; started: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE t.driver IS NOT NULL OR EXISTS (
                SELECT 1 FROM audit_events a
                 WHERE a.entity_type = 'task' AND a.entity_id = t.id AND a.action = 'task.follow_up_started'
              ))::int AS started
         FROM tasks t
        WHERE t.directive_id = $1 AND t.parent_task_id IS NULL`,
      [directiveId],
    )) as { total: number; started: number }[];
    return { total: row?.total ?? 0, started: row?.started ?? 0 };
  }

  /**
   * Keeps the validated tasks of a directive's request, or the rule naming their units
   * (DirectiveExpansion); a repeated request keeps the first.
   */
  async stageRequest(directiveId: string, tasks: object[], expansion: object | null = null): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DirectiveRequestEntity)
      .values({ id: directiveId, tasks, expansion })
      .orIgnore()
      .execute();
  }

  /** A directive of the same issuing unit, type, number and year, if any. */
  findByDocument(issuingUnitId: string, docType: string, docNumber: number, issueYear: number) {
    return this.dataSource.getRepository(DirectiveEntity).findOne({
      select: { id: true, documentNumber: true },
      where: { issuingUnitId, docType, docNumber, issueYear },
    });
  }
}
