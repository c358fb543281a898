import { Param, type PipeTransform } from '@nestjs/common';
import { ValidationError, msg } from '@dondoc/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  transform(value: string): string {
    if (!UUID.test(value)) {
      throw new ValidationError([{ field: this.field, message: msg('common.mustBeAUuid') }]);
    }
    return value.toLowerCase();
  }
}

/** A path parameter that must be a UUID; anything else is a 400 naming it. */
export const UuidParam = (name: string) => Param(name, new UuidPipe(name));
