import { decodeCursor, ValidationError, type CursorPart, msg } from '@dondoc/domain';

/**
 * A list query's `after` decoded against the list's key (docs/decisions/0055-keyset-lists.md):
 * a malformed cursor is a 400 naming `after`; with an offset as well, a 400 naming
 * `offset` (a keyset page skips nothing).
 */
export function afterKey(
  query: { after?: string; offset: number },
  parts: readonly CursorPart[],
): string[] | undefined {
  if (query.after === undefined) return undefined;
  if (query.offset > 0) throw new ValidationError([{ field: 'offset', message: msg('common.notWithAfter') }]);
  return decodeCursor(query.after, parts);
}
