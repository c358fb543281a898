import type { DataSource } from 'typeorm';
import { TASK_BUCKET_SQL } from './directives.repository';

/** The few reads behind the domain metrics, each one query, run when Prometheus scrapes. */
export class MetricsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Open tasks by bucket (within the deadline, overdue), over every directive. */
  async openTasksByBucket(): Promise<Record<'open_within_deadline' | 'open_overdue', number>> {
    const rows: { bucket: string; n: number }[] = await this.dataSource.query(
      `SELECT ${TASK_BUCKET_SQL} AS bucket, count(*)::int AS n
         FROM tasks t WHERE t.status NOT IN ('completed', 'cancelled') GROUP BY 1`,
    );
    const counts = { open_within_deadline: 0, open_overdue: 0 };
    for (const row of rows) {
      if (row.bucket === 'open_within_deadline' || row.bucket === 'open_overdue') counts[row.bucket] = row.n;
    }
    return counts;
  }
}
