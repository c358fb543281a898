import {
  Inject,
  Injectable,
  StreamableFile,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import { from, mergeMap, type Observable } from 'rxjs';
import { nothingEndedBetween, SECRET_PLACEHOLDERS, Scrubber, type ReaderLanguage, type Scope } from '@dondoc/domain';
import { readerLanguage } from '@dondoc/i18n';
import { SecrecyRepository } from '@dondoc/persistence';
import { ReportFile } from '../exports/send';

/**
 * Sets of hidden directives whose scrubbers are kept, the oldest dropped first. Bounded for
 * memory: one set for a 20,000-task secret directive holds 80,000 texts (about 110 MB of
 * the API's resident memory in bench secret-gate); readers of one kind share a set.
 */
const CACHED_SETS = 16;

/** Readers' hidden sets kept (a few ids each, usually none), the oldest dropped first. */
const CACHED_READERS = 10_000;

type GatedRequest = Request & { scope?: Scope; contentGate?: Promise<Scrubber | null> };

/**
 * The one door for secret content (docs/secret-content.md). Every answer of the API, JSON
 * or file, passes through it on its way out: it asks PostgreSQL which secret directives
 * the reader can see part of but may not read, loads every text written under them, and
 * replaces each occurrence with "Nội dung mật". A read path added later goes through it
 * without knowing it exists; services still decide what a reader sees (unit scope, search),
 * the gate decides what text leaves.
 */
@Injectable()
export class ContentGate {
  constructor(@Inject(SecrecyRepository) private readonly secrecy: SecrecyRepository) {}

  /** The reader's scrubber, or null when nothing is hidden from it; once per request. */
  forRequest(request: GatedRequest): Promise<Scrubber | null> {
    const scope = request.scope;
    if (!scope) return Promise.resolve(null);
    request.contentGate ??= this.forReader(scope, readerLanguage(request.headers['accept-language']));
    return request.contentGate;
  }

  async forReader(scope: Scope, language: ReaderLanguage): Promise<Scrubber | null> {
    // Read after the answer's own reads (the interceptor runs after the handler), before the
    // hidden set: whatever the answer read, the set is as new as it.
    const snapshot = await this.secrecy.snapshot();
    const hidden = await this.hiddenAt(scope, snapshot);
    if (hidden.length === 0) return null;
    const scrubber = await this.scrubberFor(hidden, language, snapshot);
    return scrubber.empty ? null : scrubber;
  }

  /**
   * The secret directives hidden from this reader, kept while no transaction has ended
   * since they were read (as the scrubbers below): the statement is cheap to run (0.02 ms)
   * but costly to plan (2–4 ms of PostgreSQL's CPU, bench/README.md, lists), and every
   * answer needs it. `snapshot` was read before the set would be, so a set kept under it
   * was read no earlier than it; when nothing has ended between it and the current
   * snapshot, nothing the set depends on (directives, tasks, coordinators, units) has
   * changed since. Any committed write ends a transaction, so a directive made secret is
   * hidden from the next answer on, as without the cache.
   */
  private async hiddenAt(scope: Scope, snapshot: string): Promise<string[]> {
    const key = `${scope.role === 'admin' || scope.role === 'auditor' ? `c${scope.clearance === true}` : 'u'} ${scope.unitId} ${scope.unitPath}`;
    const cached = this.hidden.get(key);
    if (cached && nothingEndedBetween(cached.snapshot, snapshot)) return cached.ids;
    const ids = await this.secrecy.hiddenFrom(scope);
    this.hidden.delete(key);
    if (this.hidden.size >= CACHED_READERS) this.hidden.delete(this.hidden.keys().next().value!);
    this.hidden.set(key, { snapshot, ids });
    return ids;
  }

  /** Hidden sets by what decides them: clearance (admins and auditors) or unit and its subtree (the others). */
  private readonly hidden = new Map<string, { snapshot: string; ids: string[] }>();

  /**
   * The scrubber of these directives' texts, kept while no transaction has ended since the
   * texts were read (PostgreSQL snapshots compared): a reader not cleared for a large secret
   * directive pays for loading its texts once per change, not once per request. A stamp
   * such as the audit log's last position would not do: a transaction holding an earlier
   * position can commit after a later one, and its text would be missed.
   */
  private async scrubberFor(hidden: string[], language: ReaderLanguage, now: string): Promise<Scrubber> {
    const key = `${language}:${[...hidden].sort().join(',')}`;
    const cached = this.cache.get(key);
    if (cached && nothingEndedBetween(cached.snapshot, now)) return cached.scrubber;
    const { snapshot, texts } = await this.secrecy.textsAt(hidden);
    const scrubber = new Scrubber(texts, SECRET_PLACEHOLDERS[language]);
    this.cache.delete(key);
    if (this.cache.size >= CACHED_SETS) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { snapshot, scrubber });
    return scrubber;
  }

  /** Scrubbers by language and set of hidden directives (readers of different units hide different sets). */
  private readonly cache = new Map<string, { snapshot: string; scrubber: Scrubber }>();

  /** The secret directives the reader can see part of and may not read. */
  hiddenIds(scope: Scope): Promise<string[]> {
    return this.secrecy.hiddenFrom(scope);
  }

  /** Whether the reader may read this directive's content (for auditing reads of it). */
  async mayRead(scope: Scope, directiveId: string): Promise<boolean> {
    return !(await this.secrecy.isHiddenFrom(scope, directiveId));
  }
}

/** Sends every answer through the gate: JSON bodies scrubbed, report files streamed through it. */
@Injectable()
export class ContentGateInterceptor implements NestInterceptor {
  constructor(@Inject(ContentGate) private readonly gate: ContentGate) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<GatedRequest>();
    return next.handle().pipe(
      mergeMap((body: unknown) =>
        from(
          (async () => {
            if (body instanceof StreamableFile || body === undefined || body === null) return body;
            const scrubber = await this.gate.forRequest(request);
            if (body instanceof ReportFile) return body.stream(scrubber ? (text) => scrubber.text(text) : undefined);
            return scrubber ? scrubber.scrub(body) : body;
          })(),
        ),
      ),
    );
  }
}
