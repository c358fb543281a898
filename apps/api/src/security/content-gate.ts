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
    const hidden = await this.secrecy.hiddenFrom(scope);
    if (hidden.length === 0) return null;
    const scrubber = await this.scrubberFor(hidden, language);
    return scrubber.empty ? null : scrubber;
  }

  /**
   * The scrubber of these directives' texts, kept while no transaction has ended since the
   * texts were read (PostgreSQL snapshots compared): a reader not cleared for a large secret
   * directive pays for loading its texts once per change, not once per request. A stamp
   * such as the audit log's last position would not do: a transaction holding an earlier
   * position can commit after a later one, and its text would be missed.
   */
  private async scrubberFor(hidden: string[], language: ReaderLanguage): Promise<Scrubber> {
    const key = `${language}:${[...hidden].sort().join(',')}`;
    const cached = this.cache.get(key);
    if (cached && nothingEndedBetween(cached.snapshot, await this.secrecy.snapshot())) return cached.scrubber;
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
