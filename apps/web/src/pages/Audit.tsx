import { useMemo, useState } from 'react';
import { NotForRole } from '../components/NotForRole';
import { useMutation, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { download, get } from '../api/client';
import type { Checkpoint } from '../api/reports';
import { useUser } from '../auth';
import { DataTable } from '../components/DataTable';
import { ErrorNote, Loading } from '../components/ui';
import { fmtDateTime, useI18n } from '../i18n';

const column = createColumnHelper<Checkpoint>();

/**
 * The audit log's tamper evidence for admins and auditors (docs/decisions, audit hash
 * chain): verify the chain from the start or from the last checkpoint, and take the
 * daily checkpoints away as CSV to keep outside the system.
 */
export default function AuditPage() {
  const { t } = useI18n();
  const user = useUser();
  const [from, setFrom] = useState<'start' | 'checkpoint'>('checkpoint');
  const verify = useMutation({
    mutationFn: () => get('/audit/verify', { query: { from } }),
  });
  const checkpoints = useQuery({
    queryKey: ['audit', 'checkpoints'],
    queryFn: () => get('/audit/checkpoints'),
    enabled: user.role === 'admin' || user.role === 'auditor',
  });
  const save = useMutation({
    mutationFn: () => download('/audit/checkpoints', { format: 'csv' }, 'audit-checkpoints.csv'),
  });
  const columns = useMemo(
    () => [
      column.accessor('day', { header: t('audit.day') }),
      column.accessor('takenAt', { header: t('audit.takenAt'), cell: (c) => fmtDateTime(c.getValue()) }),
      column.accessor('pos', { header: t('audit.pos'), meta: { className: 'num' } }),
      column.accessor('rowCount', { header: t('audit.rows'), meta: { className: 'num' } }),
      column.accessor('hash', { header: t('audit.hash'), meta: { className: 'mono break' } }),
    ],
    [t],
  );
  if (user.role !== 'admin' && user.role !== 'auditor') return <NotForRole />;
  const result = verify.data;
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <section className="card">
        <h2>{t('audit.verify')}</h2>
        <p className="muted">{t('audit.verifyHint')}</p>
        <div className="radios" role="radiogroup" aria-label={t('audit.from')}>
          {(['checkpoint', 'start'] as const).map((value) => (
            <label key={value} className="check">
              <input type="radio" name="from" checked={from === value} onChange={() => setFrom(value)} />
              {t(value === 'start' ? 'audit.fromStart' : 'audit.fromCheckpoint')}
            </label>
          ))}
        </div>
        <button type="button" className="primary" disabled={verify.isPending} onClick={() => verify.mutate()}>
          {t('audit.run')}
        </button>
        <ErrorNote error={verify.error} />
        {result && (
          <div className={result.ok ? 'ok' : 'error-note'} role="status" data-testid="audit-result">
            <strong>{t(result.ok ? 'audit.ok' : 'audit.broken')}</strong>
            <div>{t('audit.checked', { links: result.checkedLinks, from: result.fromPos, head: result.head.pos })}</div>
            {result.firstBreak && (
              <div>
                {t('audit.firstBreak', { pos: result.firstBreak.pos, problem: result.firstBreak.problem })}:{' '}
                {result.firstBreak.detail}
              </div>
            )}
            <div className="mono break">{result.head.hash}</div>
          </div>
        )}
      </section>
      <section>
        <div className="page-head">
          <h2>{t('audit.checkpoints')}</h2>
          <button type="button" disabled={save.isPending} onClick={() => save.mutate()} data-testid="export-csv">
            {t('audit.download')}
          </button>
        </div>
        <ErrorNote error={save.error ?? checkpoints.error} />
        {checkpoints.isPending ? (
          <Loading />
        ) : (
          <DataTable
            data={checkpoints.data ?? []}
            columns={columns}
            testId="checkpoints"
            caption={t('audit.checkpointCount', { count: checkpoints.data?.length ?? 0 })}
            rowKey={(row) => row.day}
          />
        )}
      </section>
    </>
  );
}
