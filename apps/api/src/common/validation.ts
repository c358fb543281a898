import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldProblem } from '@dondoc/domain';

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

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
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

/** The one validation pipe: whitelisting, no implicit conversion, 400 with details[]. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new BadRequestException({
        message: 'Dữ liệu không hợp lệ / invalid input',
        details: flattenValidationErrors(errors),
      }),
  });
}
