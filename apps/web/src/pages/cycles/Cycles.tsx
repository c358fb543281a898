import { useMemo } from 'react';
import { Link, Route, Routes } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { get } from '../../api/client';
import type { Cycle } from '../../api/reports';
import { useUnits } from '../../api/units';
import { useUser } from '../../auth';
import { DataTable } from '../../components/DataTable';
import { ErrorNote, Loading } from '../../components/ui';
import { fmtDate, useI18n, Vi, type MessageKey } from '../../i18n';
import { CyclePage } from './Cycle';
import { NewCycleForm } from './NewCycle';
import { RoundPage } from './Round';

const column = createColumnHelper<Cycle>();

/** Reporting cycles (GET /reporting-cycles …): the list, a cycle with its rounds, a round's tree. */
export default function CyclesSection() {
  return (
    <Routes>
      <Route index element={<CyclesList />} />
      <Route path="rounds/:roundId" element={<RoundPage />} />
      <Route path=":id" element={<CyclePage />} />
    </Routes>
  );
}

function CyclesList() {
  const { t } = useI18n();
  const user = useUser();
  const units = useUnits();
  const cycles = useQuery({ queryKey: ['cycles'], queryFn: () => get('/reporting-cycles') });
  const unitName = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  const columns = useMemo(
    () => [
      column.accessor('title', {
        header: t('cycles.name'),
        cell: (c) => (
          <Link to={`/cycles/${c.row.original.id}`} lang="vi">
            {c.getValue()}
          </Link>
        ),
      }),
      column.accessor('legalBasisNormalized', { header: t('cycles.legalBasis') }),
      column.accessor('issuingUnitId', {
        header: t('directive.issuer'),
        cell: (c) => <Vi>{unitName.get(c.getValue()) ?? '—'}</Vi>,
      }),
      column.accessor('frequency', { header: t('cycles.frequency'), cell: (c) => frequencyText(c.getValue(), t) }),
      column.accessor('startsAt', { header: t('cycles.startsAt'), cell: (c) => fmtDate(c.getValue()) }),
      column.accessor('status', {
        header: t('common.status'),
        cell: (c) => t(`cycleStatus.${c.getValue()}` as MessageKey),
      }),
    ],
    [t, unitName],
  );
  return (
    <>
      <h1>{t('cycles.title')}</h1>
      <ErrorNote error={cycles.error} />
      {cycles.isPending ? (
        <Loading />
      ) : (
        <DataTable
          data={cycles.data ?? []}
          columns={columns}
          cards
          testId="cycles-table"
          caption={t('cycles.count', { count: cycles.data?.length ?? 0 })}
          rowKey={(row) => row.id}
        />
      )}
      {(user.role === 'leader' || user.role === 'admin') && <NewCycleForm />}
    </>
  );
}

export function frequencyText(frequency: string, t: ReturnType<typeof useI18n>['t']): string {
  return /^[a-z_]+$/.test(frequency) ? t(`frequency.${frequency}` as MessageKey) : frequency;
}
