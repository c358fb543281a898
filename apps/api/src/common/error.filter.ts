import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  NotFoundException,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  DomainError,
  isMessage,
  msg,
  TooManyRequestsError,
  UnavailableError,
  type FieldProblem,
  type Scope,
} from '@dondoc/domain';
import { negotiateLanguage, translate, type Language } from '@dondoc/i18n';
import { correlationId } from '@dondoc/observability';
import { describeDatabaseError } from '@dondoc/persistence';
import { renderProblems, renderText, type RenderedFieldProblem } from './render-text';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details: RenderedFieldProblem[];
}

/** An error's body before it is put in words: texts are keys or legacy strings. */
interface ErrorShape {
  statusCode: number;
  error: string;
  message: FieldProblem['message'];
  details: FieldProblem[];
}

const DOMAIN_STATUS: Record<DomainError['kind'], number> = {
  validation: HttpStatus.BAD_REQUEST,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
  unauthorized: HttpStatus.UNAUTHORIZED,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
  too_many_requests: HttpStatus.TOO_MANY_REQUESTS,
  too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  unsupported_media_type: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
};

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const BARE_ID = /^\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*$/i;

/** The framework's own errors by status, as catalogue keys. */
const HTTP_MESSAGES: Record<number, string> = {
  400: 'errors.requestRefused',
  404: 'errors.routeNotFound',
  413: 'errors.bodyTooLarge',
  415: 'errors.unsupportedMediaType',
  429: 'errors.tooManyRequests',
};

/** Body-parser errors arrive as plain errors with a status and a type. */
interface ParserError {
  status?: number;
  statusCode?: number;
  type?: string;
  message?: string;
  /** Ours (common/input-boundary.ts): what to say, as a catalogue key. */
  text?: unknown;
}

/**
 * A 500 as a log line: a database error by its SQLSTATE and constraint only (its
 * parameters, message and detail carry the values written), anything else by its stack;
 * with the request's id either way.
 */
function describe(exception: unknown): string {
  const database = describeDatabaseError(exception, correlationId());
  if (database) return database;
  const text = exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
  return `${text} (request ${correlationId() ?? '-'})`;
}

/**
 * Maps every error to `{ statusCode, error, message, details[] }` (docs/architecture.md#api-conventions).
 * Domain errors and bad input get their 4xx; anything else is a logged 500 that
 * reveals nothing of the internals.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  /** The methods a known path allows (from the OpenAPI document, common/openapi.ts); set at bootstrap. */
  allowedMethods: (path: string) => string[] = () => [];

  /** A signed-in reader's stored language, if they chose one (their preferences); set at bootstrap. */
  preferredLanguage: (userId: string) => Promise<string | null> = () => Promise.resolve(null);

  catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request & { scope?: Scope }>();
    return this.readerLanguage(request).then((lang) => this.send(exception, request, response, lang));
  }

  /** The reader's one language: their preference when signed in, else Accept-Language, else Vietnamese. */
  private async readerLanguage(request: Request & { scope?: Scope }): Promise<Language> {
    let preference: string | null = null;
    if (request.scope?.userId) preference = await this.preferredLanguage(request.scope.userId).catch(() => null);
    return negotiateLanguage(preference, request.headers['accept-language']);
  }

  private send(exception: unknown, request: Request, response: Response, lang: Language): void {
    if (this.methodNotAllowed(exception, request, response, lang)) return;
    const shape = this.toShape(exception);
    if (shape.statusCode >= 500) this.logger.error(describe(exception));
    // A client told to come back (503, 429) is told when (RFC 9110 §10.2.3, RFC 6585 §4).
    if (exception instanceof UnavailableError || exception instanceof TooManyRequestsError) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    const message = renderText(shape.message, lang);
    // A detail that only names the id refused says what the error says: an id means nothing to a person.
    const details = renderProblems(shape.details, lang).map((d) =>
      BARE_ID.test(d.message) ? { field: d.field, message } : d,
    );
    const body: ErrorBody = { ...shape, message, details };
    response.status(body.statusCode).json(body);
  }

  /** No route for this method on a path that exists: 405 with Allow (RFC 9110 §15.5.6), not 404. */
  private methodNotAllowed(exception: unknown, request: Request, response: Response, lang: Language): boolean {
    if (!(exception instanceof NotFoundException) || !/^Cannot [A-Z]+ /.test(exception.message)) return false;
    // originalUrl: under the global prefix the not-found handler is a sub-router, whose `path` lacks it.
    const allowed = this.allowedMethods(new URL(request.originalUrl, 'http://localhost').pathname);
    if (allowed.length === 0 || allowed.includes(request.method)) return false;
    const message = translate(lang, 'errors.methodNotAllowed', { method: request.method, allowed: allowed.join(', ') });
    response.setHeader('Allow', allowed.join(', '));
    response
      .status(405)
      .json({ statusCode: 405, error: REASONS[405], message, details: [{ field: 'method', message }] });
    return true;
  }

  private toShape(exception: unknown): ErrorShape {
    if (exception instanceof DomainError) {
      const statusCode = DOMAIN_STATUS[exception.kind];
      return {
        statusCode,
        error: REASONS[statusCode] ?? 'Error',
        message: exception.text,
        details: exception.details,
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const payload = typeof response === 'string' ? { message: response } : (response as Record<string, unknown>);
      const rawMessage = payload.message;
      // Ours carry a Message (common/validation.ts); the framework's own (no route, throttled,
      // wrong media type) say English words, replaced by the catalogue's text for their status.
      const message: FieldProblem['message'] = isMessage(rawMessage)
        ? rawMessage
        : HTTP_MESSAGES[statusCode]
          ? msg(HTTP_MESSAGES[statusCode])
          : typeof rawMessage === 'string'
            ? rawMessage
            : exception.message;
      let details: FieldProblem[] = [];
      if (Array.isArray(payload.details)) details = payload.details as FieldProblem[];
      else if (Array.isArray(rawMessage))
        details = rawMessage.map((text) => ({ field: 'body', message: String(text) }));
      // Errors of the request as a whole (unreadable JSON, too large, wrong media type).
      else if ([400, 413, 415].includes(statusCode)) details = [{ field: 'body', message }];
      return { statusCode, error: REASONS[statusCode] ?? exception.name, message, details };
    }
    const parser = exception as ParserError;
    const parserStatus = parser?.status ?? parser?.statusCode;
    if (typeof parserStatus === 'number' && parserStatus >= 400 && parserStatus < 500) {
      const message = isMessage(parser.text)
        ? parser.text
        : parser.type === 'entity.parse.failed'
          ? msg('errors.malformedJson')
          : parser.type === 'entity.too.large'
            ? msg('errors.bodyTooLarge')
            : msg('errors.requestRefused');
      return {
        statusCode: parserStatus,
        error: REASONS[parserStatus] ?? 'Bad Request',
        message,
        details: [{ field: 'body', message }],
      };
    }
    return {
      statusCode: 500,
      error: REASONS[500],
      message: msg('errors.internal'),
      details: [],
    };
  }
}
