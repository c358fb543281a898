import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { Schema } from '../../api/operations';
import { DataTable } from '../../components/DataTable';
import { fmtDate, hasMessage, useI18n, Vi, type MessageKey } from '../../i18n';

export type Preview = Schema<'ReorganisationPreviewDto'>;
type Counts = Schema<'ReorganisationCountsDto'>;

/** The counts' kinds, in the order the preview lists its rows. */
export const COUNT_KINDS: (keyof Counts)[] = [
  'units',
  'tasks',
  'subTasks',
  'roundObligations',
  'cycleRecipients',
  'explanationRequests',
  'users',
  'webhooks',
  'preferences',
];

/** A label for a value the API names by code (a role, an outcome), or the fallback's when the catalogue lacks it. */
function useLabel() {
  const { t } = useI18n();
  return (prefix: string, value: string, fallback?: MessageKey) => {
    const key = `${prefix}.${value}`;
    return hasMessage(key) ? t(key) : fallback ? t(fallback) : '—';
  };
}

/** Minutes after midnight as HH:mm. */
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const Code = ({ code }: { code: string | null | undefined }) => <span translate="no">{code ?? '—'}</span>;

/** "Đảng ủy xã Chư Sê (DU-CHUSE)": the unit a row leaves, named and coded. */
function From({ name, code }: { name?: string; code: string }) {
  return (
    <>
      {name ? (
        <>
          <Vi>{name}</Vi>{' '}
        </>
      ) : null}
      <span className="muted" translate="no">
        {code}
      </span>
    </>
  );
}

function To({ code }: { code: string | null }) {
  const { t } = useI18n();
  return code ? <Code code={code} /> : <span className="warn">{t('reorg.noSuccessor')}</span>;
}

/**
 * The preview as the admin reads it (docs/decisions/0079): the conflicts first, then the
 * counts per kind, then the rows of each kind that has any.
 */
export function PreviewTables({ preview }: { preview: Preview }) {
  const { t } = useI18n();
  const label = useLabel();
  const col = <T,>() => createColumnHelper<T>();

  const conflicts = col<Preview['conflicts'][number]>();
  const units = col<Preview['units'][number]>();
  const tasks = col<Preview['tasks'][number]>();
  const rounds = col<Preview['roundObligations'][number]>();
  const cycles = col<Preview['cycleRecipients'][number]>();
  const explanations = col<Preview['explanationRequests'][number]>();
  const users = col<Preview['users'][number]>();
  const webhooks = col<Preview['webhooks'][number]>();
  const preferences = col<Preview['preferences'][number]>();
  const to = t('reorg.to');
  const from = t('reorg.from');

  // TanStack's own column type: each column's value type differs, hence `any` there.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const section = <T,>(kind: keyof Counts, rows: T[], columns: ColumnDef<T, any>[]) =>
    rows.length > 0 && (
      <DataTable
        data={rows}
        columns={columns}
        cards
        testId={`preview-${kind}`}
        caption={t('reorg.rows', { kind: t(`reorg.kind.${kind}` as MessageKey), count: rows.length })}
      />
    );

  return (
    <div className="reorg-preview" data-testid="reorg-preview">
      {preview.conflicts.length > 0 ? (
        <DataTable
          data={preview.conflicts}
          testId="preview-conflicts"
          className="conflicts"
          cards
          caption={<strong className="warn">{t('reorg.conflicts', { count: preview.conflicts.length })}</strong>}
          columns={[
            conflicts.accessor('kind', {
              header: t('reorg.conflictKind'),
              cell: (c) => label('reorg.conflict', c.getValue(), 'reorg.conflict.other'),
            }),
            conflicts.accessor('message', { header: t('reorg.message') }),
            conflicts.accessor('field', { header: t('reorg.where'), cell: (c) => <Code code={c.getValue()} /> }),
            conflicts.accessor('subjects', {
              header: t('reorg.subjects'),
              cell: (c) => <Code code={c.getValue().join(', ')} />,
            }),
          ]}
        />
      ) : (
        <p className="ok" data-testid="no-conflicts">
          {t('reorg.noConflicts')}
        </p>
      )}

      <div className="table-wrap" tabIndex={0}>
        <table className="cards" data-testid="preview-counts">
          <caption className="muted">{t('reorg.counts')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reorg.kind')}</th>
              <th scope="col" className="num">
                {t('reorg.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {COUNT_KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{t(`reorg.kind.${kind}` as MessageKey)}</th>
                <td className="num" data-label={t('reorg.count')}>
                  {preview.counts[kind].toLocaleString('vi-VN')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {section('units', preview.units, [
        units.accessor('code', { header: t('reorg.code'), cell: (c) => <Code code={c.getValue()} /> }),
        units.accessor('reasons', {
          header: t('reorg.change'),
          cell: (c) =>
            c
              .getValue()
              .map((r: string) => label('reorg.reason', r))
              .join(', '),
        }),
        units.accessor('nameBefore', {
          header: t('reorg.nameBefore'),
          cell: (c) => (c.getValue() ? <Vi>{c.getValue()}</Vi> : '—'),
        }),
        units.accessor('nameAfter', { header: t('reorg.nameAfter'), cell: (c) => <Vi>{c.getValue()}</Vi> }),
        units.accessor('pathBefore', { header: t('reorg.pathBefore'), cell: (c) => <Code code={c.getValue()} /> }),
        units.accessor('pathAfter', { header: t('reorg.pathAfter'), cell: (c) => <Code code={c.getValue()} /> }),
        units.accessor('successorCode', { header: t('reorg.successor'), cell: (c) => <Code code={c.getValue()} /> }),
      ])}

      {section('tasks', preview.tasks, [
        tasks.accessor('title', {
          header: t('reorg.task'),
          cell: (c) => (
            <Link to={`/tasks/${c.row.original.taskId}`}>
              <Vi>{c.getValue()}</Vi>
            </Link>
          ),
        }),
        tasks.accessor('role', {
          header: t('reorg.role'),
          cell: (c) =>
            `${label('reorg.role', c.getValue())}${c.row.original.delegated ? ` (${t('reorg.delegated')})` : ''}`,
        }),
        tasks.accessor('phase', { header: t('reorg.phase'), cell: (c) => label('phase', c.getValue()) }),
        tasks.accessor('deadline', { header: t('reorg.deadline'), cell: (c) => fmtDate(c.getValue()) }),
        tasks.accessor('fromCode', {
          header: from,
          cell: (c) => <From code={c.getValue()} name={c.row.original.fromName} />,
        }),
        tasks.accessor('toCode', { header: to, cell: (c) => <To code={c.getValue()} /> }),
      ])}

      {section('roundObligations', preview.roundObligations, [
        rounds.accessor('label', { header: t('reorg.round'), cell: (c) => <Vi>{c.getValue()}</Vi> }),
        rounds.accessor('fromCode', {
          header: from,
          cell: (c) => <From code={c.getValue()} name={c.row.original.fromName} />,
        }),
        rounds.accessor('outcome', { header: t('reorg.outcome'), cell: (c) => label('reorg.outcome', c.getValue()) }),
        rounds.accessor('toCode', { header: to, cell: (c) => <To code={c.getValue()} /> }),
      ])}

      {section('cycleRecipients', preview.cycleRecipients, [
        cycles.accessor('title', { header: t('reorg.title'), cell: (c) => <Vi>{c.getValue()}</Vi> }),
        cycles.accessor('role', { header: t('reorg.role'), cell: (c) => label('reorg.role', c.getValue()) }),
        cycles.accessor('fromCode', {
          header: from,
          cell: (c) => <From code={c.getValue()} name={c.row.original.fromName} />,
        }),
        cycles.accessor('toCode', { header: to, cell: (c) => <To code={c.getValue()} /> }),
      ])}

      {section('explanationRequests', preview.explanationRequests, [
        explanations.accessor('taskId', {
          header: t('reorg.task'),
          cell: (c) => <Link to={`/tasks/${c.getValue()}`}>{t('reorg.openTask')}</Link>,
        }),
        explanations.accessor('role', { header: t('reorg.role'), cell: (c) => label('reorg.role', c.getValue()) }),
        explanations.accessor('fromCode', {
          header: from,
          cell: (c) => <From code={c.getValue()} name={c.row.original.fromName} />,
        }),
        explanations.accessor('toCode', { header: to, cell: (c) => <To code={c.getValue()} /> }),
      ])}

      {section('users', preview.users, [
        users.accessor('fullName', {
          header: t('reorg.user'),
          cell: (c) => (
            <>
              <Vi>{c.getValue()}</Vi>{' '}
              <span className="muted" translate="no">
                {c.row.original.username}
              </span>
            </>
          ),
        }),
        users.accessor('fromCode', { header: from, cell: (c) => <Code code={c.getValue()} /> }),
        users.accessor('toCode', { header: to, cell: (c) => <To code={c.getValue()} /> }),
      ])}

      {section('webhooks', preview.webhooks, [
        webhooks.accessor('url', { header: t('reorg.url'), cell: (c) => <Code code={c.getValue()} /> }),
        webhooks.accessor('fromCode', { header: from, cell: (c) => <Code code={c.getValue()} /> }),
        webhooks.accessor('toCode', { header: to, cell: (c) => <To code={c.getValue()} /> }),
      ])}

      {section('preferences', preview.preferences, [
        preferences.accessor('username', { header: t('reorg.user'), cell: (c) => <Code code={c.getValue()} /> }),
        preferences.accessor('digest', {
          header: t('reorg.digest'),
          cell: (c) => t(c.getValue() ? 'reorg.yes' : 'reorg.no'),
        }),
        preferences.accessor('quietStart', {
          header: t('reorg.quietHours'),
          cell: (c) => {
            const start = c.getValue();
            const end = c.row.original.quietEnd;
            return start === null || end === null ? '—' : `${clock(start)}–${clock(end)}`;
          },
        }),
        preferences.accessor('toCode', { header: to, cell: (c) => <To code={c.getValue()} /> }),
      ])}
    </div>
  );
}
