import { msg, type FieldProblem, type Text } from '../errors';
import { UNIT_CODE, UNIT_KINDS, type UnitKind } from '../unit';
import { upperCode, type NewUnit, type Operation, type ReorganisationPlan, type Successor } from './plan';

/**
 * A plan from CSV, for people: one line per change, under a header naming the columns
 * (any order): operation, unit, target, name, kind, parent, task, user. Lines of one merge
 * (same target), of one split (same unit) and of one user move (same target) are joined.
 *
 *   merge,DU-IAGRAI,DU-IAGRAI-MOI,Đảng ủy xã Ia Grai,commune,TU-GL   (name/kind: a new successor)
 *   split,DU-X,DU-Y            split,DU-X,DU-Z,,,,<task id>           (the task's successor; * : the rule)
 *   move,MTTQ-X,,,,DU-Y        abolish,MTTQ-X        rename,DU-Y,,Đảng ủy xã Y        user,,DU-Y,,,,,bithu.x
 *
 * The records come from the API's RFC 4180 reader (units.csv.ts), each with its first line.
 */
export const PLAN_CSV_COLUMNS = ['operation', 'unit', 'target', 'name', 'kind', 'parent', 'task', 'user'] as const;
type Column = (typeof PLAN_CSV_COLUMNS)[number];
const CSV_OPERATIONS = ['merge', 'split', 'move', 'abolish', 'rename', 'user'] as const;
const TASK_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\*)$/i;

export function planFromCsv(records: { line: number; fields: string[] }[]): {
  plan: ReorganisationPlan | null;
  problems: FieldProblem[];
} {
  const [header, ...rows] = records;
  if (!header) return { plan: null, problems: [{ field: 'body', message: msg('units.emptyCsv') }] };
  const names = header.fields.map((name) => name.trim());
  const missing = ['operation', 'unit', 'target'].filter((name) => !names.includes(name));
  if (missing.length)
    return {
      plan: null,
      problems: [{ field: `line ${header.line}`, message: msg('units.headerLacks', { missing: missing.join(', ') }) }],
    };
  if (rows.length === 0)
    return { plan: null, problems: [{ field: 'body', message: msg('reorganisation.operationsExpected') }] };

  const problems: FieldProblem[] = [];
  const merges = new Map<string, { from: string[]; into: Successor }>();
  const splits = new Map<
    string,
    { into: Map<string, Successor>; tasks: Record<string, string>; otherwise: string | null }
  >();
  const userMoves = new Map<string, string[]>();
  const abolished: string[] = [];
  const single: Operation[] = [];
  /** Operations in the order their first line came, so the plan reads as the file does. */
  const order: (() => Operation)[] = [];

  for (const { line, fields } of rows) {
    const cell = (column: Column) => {
      const index = names.indexOf(column);
      return index >= 0 ? (fields[index] ?? '').trim() : '';
    };
    const fail = (column: Column, why: Text) =>
      problems.push({ field: `line ${line}: ${column}`, message: msg('units.lineCell', { line, column, why }) });
    const code = (column: Column, required = true): string => {
      const value = cell(column);
      if (!value && !required) return '';
      if (!UNIT_CODE.test(value)) {
        fail(column, msg(value ? 'reorganisation.unitCodeExpected' : 'unitImport.required'));
        return '';
      }
      return upperCode(value);
    };
    const newUnit = (codeOf: string): Successor => {
      if (!cell('name') && !cell('kind')) return { code: codeOf };
      const kind = cell('kind');
      if (!(UNIT_KINDS as readonly string[]).includes(kind))
        fail('kind', msg('unitImport.mustBeOneOf', { UNIT_KINDS: UNIT_KINDS.join(', ') }));
      if (!cell('name')) fail('name', msg('unitImport.required'));
      const unit: NewUnit = {
        code: codeOf,
        name: cell('name').replace(/\s+/g, ' '),
        kind: kind as UnitKind,
        parentCode: code('parent', false) || null,
      };
      return { create: unit };
    };
    const operation = cell('operation').toLowerCase();
    switch (operation) {
      case 'merge': {
        const from = code('unit');
        const target = code('target');
        let merge = merges.get(target);
        if (!merge) {
          merge = { from: [], into: { code: target } };
          merges.set(target, merge);
          const it = merge;
          order.push(() => ({ op: 'merge', from: it.from, into: it.into }));
        }
        merge.from.push(from);
        const into = newUnit(target);
        if ('create' in into) merge.into = into;
        break;
      }
      case 'split': {
        const from = code('unit');
        const target = code('target');
        let split = splits.get(from);
        if (!split) {
          split = { into: new Map(), tasks: {}, otherwise: null };
          splits.set(from, split);
          const it = split;
          order.push(() => ({
            op: 'split',
            from,
            into: [...it.into.values()],
            tasks: it.tasks,
            otherwise: it.otherwise,
          }));
        }
        const into = newUnit(target);
        if (!split.into.has(target) || 'create' in into) split.into.set(target, into);
        const task = cell('task');
        if (task && !TASK_ID.test(task)) fail('task', msg('reorganisation.taskIdExpected'));
        else if (task === '*') split.otherwise = target;
        else if (task) split.tasks[task.toLowerCase()] = target;
        break;
      }
      case 'move': {
        const unit = code('unit');
        const parent = code('parent');
        single.push({ op: 'move', unit, parent });
        const it = single[single.length - 1]!;
        order.push(() => it);
        break;
      }
      case 'abolish':
        if (abolished.length === 0) order.push(() => ({ op: 'abolishLevel', units: abolished }));
        abolished.push(code('unit'));
        break;
      case 'rename': {
        const unit = code('unit');
        if (!cell('name')) fail('name', msg('unitImport.required'));
        const it: Operation = { op: 'rename', unit, name: cell('name').replace(/\s+/g, ' ') };
        order.push(() => it);
        break;
      }
      case 'user': {
        const target = code('target');
        const user = cell('user').toLowerCase();
        if (!user) fail('user', msg('unitImport.required'));
        let users = userMoves.get(target);
        if (!users) {
          users = [];
          userMoves.set(target, users);
          const it = users;
          order.push(() => ({ op: 'moveUsers', users: it, to: target }));
        }
        users.push(user);
        break;
      }
      default:
        fail('operation', msg('reorganisation.opMustBeOneOf', { kinds: CSV_OPERATIONS.join(', ') }));
    }
  }
  for (const [target, merge] of merges)
    if (merge.from.length < 2 && 'code' in merge.into)
      problems.push({ field: 'body', message: msg('reorganisation.mergeNeedsTwo', { code: target }) });
  if (problems.length) return { plan: null, problems };
  return { plan: { operations: order.map((make) => make()) }, problems };
}
