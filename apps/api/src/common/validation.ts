import {
  BadRequestException,
  ValidationPipe,
  type ArgumentMetadata,
  type ValidationError as ClassValidatorError,
} from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ValidationError, type FieldProblem } from '@dondoc/domain';
import { cleanOrThrow, dtoProblems } from './input-boundary';

/** Vietnamese wording for class-validator constraints; the English message follows it. */
const VIETNAMESE: Record<string, string> = {
  isNotEmpty: 'không được để trống',
  isString: 'phải là chuỗi ký tự',
  isArray: 'phải là một danh sách',
  arrayMinSize: 'có quá ít phần tử',
  arrayMaxSize: 'có quá nhiều phần tử',
  maxLength: 'quá dài',
  minLength: 'quá ngắn',
  isIso8601: 'phải là thời điểm ISO 8601',
  isUuid: 'phải là UUID',
  isEnum: 'không thuộc các giá trị cho phép',
  isIn: 'không thuộc các giá trị cho phép',
  isNumber: 'phải là số',
  isEmail: 'phải là địa chỉ e-mail',
  arrayUnique: 'có phần tử trùng nhau',
  isDefined: 'là bắt buộc',
  isInt: 'phải là số nguyên',
  min: 'nhỏ hơn giá trị cho phép',
  max: 'lớn hơn giá trị cho phép',
  isBoolean: 'phải là true hoặc false',
  isObject: 'phải là một đối tượng',
  nestedValidation: 'phải là một đối tượng',
  whitelistValidation: 'không phải là trường được phép',
  matches: 'không đúng định dạng',
};

export function flattenValidationErrors(errors: ClassValidatorError[], parent = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [constraint, english] of Object.entries(error.constraints ?? {})) {
      const vietnamese = VIETNAMESE[constraint];
      problems.push({ field, message: vietnamese ? `${field}: ${vietnamese} / ${english}` : english });
    }
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
      exceptionFactory: (errors) =>
        new BadRequestException({
          message: 'Dữ liệu không hợp lệ / invalid input',
          details: flattenValidationErrors(errors),
        }),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'body' && metadata.type !== 'query') return super.transform(value, metadata);
    const breaks = new Set<string>();
    const cleaned = cleanOrThrow(value, breaks);
    const dto = metadata.metatype && this.toValidate(metadata);
    // A DTO is an object: an array, a string or a number in its place is the wrong type.
    if (dto && metadata.type === 'body' && (cleaned === null || typeof cleaned !== 'object' || Array.isArray(cleaned)))
      throw new ValidationError([
        { field: 'body', message: 'body: phải là một đối tượng JSON / must be a JSON object' },
      ]);
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
    throw new ValidationError([{ field: 'body', message: 'body: phải là một đối tượng JSON / must be a JSON object' }]);
  const dto = plainToInstance(type, body);
  const errors = await validate(dto, OPTIONS);
  if (errors.length) throw new ValidationError(flattenValidationErrors(errors));
  const breaks = (body as { [LINE_BREAKS]?: Set<string> })[LINE_BREAKS];
  const problems = dtoProblems(dto, '', 0, breaks);
  if (problems.length) throw new ValidationError(problems);
  return dto;
}
