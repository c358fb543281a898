import { ValidationPipe, type ArgumentMetadata, type ValidationError as ClassValidatorError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { msg, ValidationError, type FieldProblem, type Text } from '@dondoc/domain';
import { cleanOrThrow, dtoProblems } from './input-boundary';

/** class-validator constraints with a catalogue text (libs/i18n: validation.<constraint>). */
const CONSTRAINTS = new Set([
  'isNotEmpty',
  'isString',
  'isArray',
  'arrayMinSize',
  'arrayMaxSize',
  'maxLength',
  'minLength',
  'isIso8601',
  'isUuid',
  'isEnum',
  'isIn',
  'isNumber',
  'isEmail',
  'arrayUnique',
  'isDefined',
  'isInt',
  'min',
  'max',
  'isBoolean',
  'isObject',
  'nestedValidation',
  'whitelistValidation',
  'matches',
]);
/** The bound a constraint's English message names ("... shorter than or equal to 2000 characters"). */
const BOUND: Record<string, string> = {
  maxLength: 'max',
  minLength: 'min',
  arrayMaxSize: 'max',
  arrayMinSize: 'min',
  max: 'max',
  min: 'min',
};
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/**
 * One problem per failed constraint, its message a catalogue key (one language per reader),
 * the field's path kept machine-readable in `field`. A message written on the decorator in
 * both languages ("vi / en") is kept and shown by its reader's half.
 */
function constraintMessage(constraint: string, given: string): Text {
  if (given.includes(' / ') && VIETNAMESE.test(given)) return given;
  if (!CONSTRAINTS.has(constraint)) return VIETNAMESE.test(given) ? given : msg('validation.unknown');
  const bound = BOUND[constraint];
  const value = /(-?\d+(?:\.\d+)?)/.exec(given)?.[1];
  if (bound)
    return value === undefined
      ? msg('validation.unknown')
      : msg(`validation.${constraint}`, { [bound]: Number(value) });
  return msg(`validation.${constraint}`);
}

export function flattenValidationErrors(errors: ClassValidatorError[], parent = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [constraint, given] of Object.entries(error.constraints ?? {}))
      problems.push({ field, message: constraintMessage(constraint, given) });
    if (error.children?.length) problems.push(...flattenValidationErrors(error.children, field));
  }
  return problems;
}

const OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  stopAtFirstError: true,
  validationError: { target: false, value: false },
} as const;

/** Where a body without a DTO carries the paths of its strings that held line breaks. */
const LINE_BREAKS = Symbol('lineBreaks');

/**
 * The one validation pipe: the input boundary (NFC, trim, unstorable and control characters,
 * lengths, ranges, nulls; common/input-boundary.ts), then whitelisting with no implicit
 * conversion, then 400 with details[].
 */
export class BoundaryValidationPipe extends ValidationPipe {
  constructor() {
    super({
      ...OPTIONS,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      exceptionFactory: (errors) => new ValidationError(flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'body' && metadata.type !== 'query') return super.transform(value, metadata);
    const breaks = new Set<string>();
    const cleaned = cleanOrThrow(value, breaks);
    const dto = metadata.metatype && this.toValidate(metadata);
    // A DTO is an object: an array, a string or a number in its place is the wrong type.
    if (dto && metadata.type === 'body' && (cleaned === null || typeof cleaned !== 'object' || Array.isArray(cleaned)))
      throw new ValidationError([{ field: 'body', message: msg('errors.bodyNotObject') }]);
    const result: unknown = await super.transform(cleaned, metadata);
    if (dto) {
      const problems = dtoProblems(result, '', 0, breaks);
      if (problems.length) throw new ValidationError(problems);
    } else if (result !== null && typeof result === 'object') {
      // A body a controller validates itself (validateInput) keeps what the boundary saw.
      Object.defineProperty(result, LINE_BREAKS, { value: breaks, enumerable: false });
    }
    return result;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new BoundaryValidationPipe();
}

/** The same checks for a body a controller reads itself (the unit import takes JSON or CSV). */
export async function validateInput<T extends object>(type: new () => T, body: unknown): Promise<T> {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new ValidationError([{ field: 'body', message: msg('errors.bodyNotObject') }]);
  const dto = plainToInstance(type, body);
  const errors = await validate(dto, OPTIONS);
  if (errors.length) throw new ValidationError(flattenValidationErrors(errors));
  const breaks = (body as { [LINE_BREAKS]?: Set<string> })[LINE_BREAKS];
  const problems = dtoProblems(dto, '', 0, breaks);
  if (problems.length) throw new ValidationError(problems);
  return dto;
}
