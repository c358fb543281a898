import type { DataSource } from 'typeorm';
import { AUDIT_FIELDS_SQL, canonicalAuditText, chainHash, GENESIS_HASH } from './audit-chain.sql';

export type ChainProblem =
  /** The row's content no longer gives the hash recorded when it was written. */
  | 'row_changed'
  /** The chain names a row that is no longer there. */
  | 'row_missing'
  /** Chain positions are missing: rows and their links were removed together. */
  | 'gap'
  /** A row that no link covers: written behind the chain (its trigger disabled). */
  | 'unchained_row'
  /** A checkpoint disagrees with the chain at its position. */
  | 'checkpoint_mismatch'
  /** The head disagrees with the last link. */
  | 'head_mismatch';

export interface ChainBreak {
  problem: ChainProblem;
  /** Chain position where it was found (for a gap: the first missing position). */
  pos: string;
  /** The audit row concerned, where there is one. */
  seq?: string;
  eventId?: string;
  detail: string;
}

export interface ChainVerification {
  ok: boolean;
  /** Where the walk began: 0 (the start) or the position of the checkpoint it trusted. */
  fromPos: string;
  fromCheckpoint: string | null;
  checkedLinks: number;
  head: { pos: string; hash: string };
  firstBreak: ChainBreak | null;
}

export interface CheckpointRow {
  day: string;
  takenAt: string;
  pos: string;
  hash: string;
  rowCount: string;
}

const PAGE = 5_000;

/**
 * Reads and checks the audit hash chain (docs/decisions/0010-audit-hash-chain.md). The
 * chain is written by the database itself; this side only recomputes it, in Node,
 * from the rows as they stand, so a changed database function cannot vouch for itself.
 */
export class AuditChainRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Walks the chain from the start (or from the last checkpoint) up to the head as it
   * stood when the walk began (rows appended meanwhile wait for the next run), and names
   * the first break.
   */
  async verify(options: { fromLastCheckpoint?: boolean } = {}): Promise<ChainVerification> {
    const [head] = await this.db.query('SELECT pos::text AS pos, hash FROM audit_chain_head WHERE id = 1');
    const checkpoints: CheckpointRow[] = await this.checkpoints();
    const start = options.fromLastCheckpoint ? checkpoints.at(-1) : undefined;
    let pos = BigInt(start?.pos ?? 0);
    let previous = start?.hash ?? GENESIS_HASH;
    const byPos = new Map(checkpoints.map((c) => [c.pos, c]));
    const result = (firstBreak: ChainBreak | null, checkedLinks: number): ChainVerification => ({
      ok: firstBreak === null,
      fromPos: String(start?.pos ?? 0),
      fromCheckpoint: start?.day ?? null,
      checkedLinks,
      head,
      firstBreak,
    });

    if (start) {
      const [link] = await this.db.query('SELECT hash FROM audit_chain WHERE pos = $1', [start.pos]);
      if (start.pos !== '0' && link?.hash !== start.hash) {
        return result({ problem: 'checkpoint_mismatch', pos: start.pos, detail: `checkpoint ${start.day} ≠ chain` }, 0);
      }
    }
    let checked = 0;
    for (;;) {
      const links: LinkRow[] = await this.db.query(
        `SELECT c.pos::text AS pos, c.seq::text AS seq, c.hash, e.seq IS NOT NULL AS present, e.event_id, ${AUDIT_FIELDS_SQL}
           FROM audit_chain c LEFT JOIN audit_events e ON e.seq = c.seq
          WHERE c.pos > $1 AND c.pos <= $2 ORDER BY c.pos LIMIT ${PAGE}`,
        [pos.toString(), head.pos],
      );
      for (const link of links) {
        const broken = checkLink(link, pos, previous, byPos);
        if (broken) return result(broken, checked);
        pos = BigInt(link.pos);
        previous = link.hash;
        checked++;
      }
      if (links.length < PAGE) break;
    }
    if (pos.toString() !== head.pos || previous !== head.hash) {
      const missing = (pos + 1n).toString();
      return result(
        BigInt(head.pos) > pos
          ? { problem: 'gap', pos: missing, detail: `positions ${missing}–${head.pos} are missing` }
          : { problem: 'head_mismatch', pos: head.pos, detail: 'the head does not match the last link' },
        checked,
      );
    }
    const [unchained] = await this.db.query(
      `SELECT e.seq::text AS seq, e.event_id FROM audit_events e
        WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.seq = e.seq) ORDER BY e.seq LIMIT 1`,
    );
    if (unchained) {
      return result(
        {
          problem: 'unchained_row',
          pos: head.pos,
          seq: unchained.seq,
          eventId: unchained.event_id,
          detail: 'a row no link covers (written with the chain trigger disabled)',
        },
        checked,
      );
    }
    return result(null, checked);
  }

  async checkpoints(): Promise<CheckpointRow[]> {
    return this.db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, taken_at AS "takenAt", pos::text AS pos, hash, row_count::text AS "rowCount"
         FROM audit_checkpoints ORDER BY pos, day`,
    );
  }

  /** Records the head for `day` (YYYY-MM-DD, local); a second call for the same day keeps the first. */
  async takeCheckpoint(day: string): Promise<CheckpointRow> {
    await this.db.query(
      `INSERT INTO audit_checkpoints (day, pos, hash, row_count)
       SELECT $1::date, h.pos, h.hash, (SELECT count(*) FROM audit_events) FROM audit_chain_head h WHERE h.id = 1
       ON CONFLICT (day) DO NOTHING`,
      [day],
    );
    const [row] = await this.db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, taken_at AS "takenAt", pos::text AS pos, hash, row_count::text AS "rowCount"
         FROM audit_checkpoints WHERE day = $1::date`,
      [day],
    );
    return row;
  }
}

interface LinkRow {
  pos: string;
  seq: string;
  hash: string;
  present: boolean;
  event_id: string | null;
  [field: `f${number}`]: string | null;
}

function checkLink(
  link: LinkRow,
  pos: bigint,
  previous: string,
  checkpoints: Map<string, CheckpointRow>,
): ChainBreak | null {
  const expected = (pos + 1n).toString();
  if (link.pos !== expected) {
    return { problem: 'gap', pos: expected, detail: `positions ${expected}–${BigInt(link.pos) - 1n} are missing` };
  }
  if (!link.present) {
    return { problem: 'row_missing', pos: link.pos, seq: link.seq, detail: `audit row ${link.seq} was removed` };
  }
  const fields = Array.from({ length: 9 }, (_, i) => link[`f${i}`] ?? null);
  if (chainHash(previous, link.pos, canonicalAuditText(fields)) !== link.hash) {
    return {
      problem: 'row_changed',
      pos: link.pos,
      seq: link.seq,
      eventId: link.event_id ?? undefined,
      detail: `audit row ${link.seq} no longer matches its hash`,
    };
  }
  const checkpoint = checkpoints.get(link.pos);
  if (checkpoint && checkpoint.hash !== link.hash) {
    return { problem: 'checkpoint_mismatch', pos: link.pos, detail: `checkpoint ${checkpoint.day} ≠ chain` };
  }
  return null;
}
