import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get } from '../../api/client';
import type { Schema } from '../../api/operations';
import { ErrorNote, Loading, ProgressBar } from '../../components/ui';
import { fmtDateTime, hasMessage, useI18n, type MessageKey } from '../../i18n';

// The stored plans of the admins' reorganisation page (Reorganisations.tsx), each watched until it is final.

type Plan = Schema<'ReorganisationPlanDto'>;
const FINAL = new Set(['cancelled', 'applied', 'refused']);

/** The stored plans, most recent first: their status, counts and progress; a planned one can be cancelled. */
export function StoredPlans() {
  const { t } = useI18n();
  const plans = useQuery({ queryKey: ['reorganisations'], queryFn: () => get('/reorganisations') });
  return (
    <section className="card" aria-labelledby="reorg-plans-title">
      <h2 id="reorg-plans-title">{t('reorg.plans')}</h2>
      {plans.isPending ? (
        <Loading />
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table className="cards" data-testid="reorg-plans">
            <thead>
              <tr>
                <th scope="col">{t('reorg.effectiveAt')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('reorg.changes')}</th>
                <th scope="col">{t('reorg.moves')}</th>
                <th scope="col">{t('reorg.createdBy')}</th>
                <th scope="col">{t('reorg.progress')}</th>
                <th scope="col">{t('reorg.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(plans.data?.items ?? []).map((plan) => (
                <PlanRow key={plan.id} initial={plan} />
              ))}
              {plans.data?.items.length === 0 && (
                <tr>
                  <td colSpan={7} className="muted">
                    {t('reorg.noPlans')}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNote error={plans.error} />
    </section>
  );
}

/**
 * One stored plan, watched through GET /reorganisations/{id} until it is final: a plan
 * being applied every few seconds, a planned one now and then (its instant may come).
 * Statuses and progress fields this page does not know yet are shown as far as it can.
 */
function PlanRow({ initial }: { initial: Plan }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const plan = useQuery({
    queryKey: ['reorganisation', initial.id],
    queryFn: () => get('/reorganisations/{id}', { path: { id: initial.id } }),
    initialData: initial,
    refetchInterval: (query) => {
      const status = query.state.data?.status ?? initial.status;
      return FINAL.has(status) ? false : status === 'planned' ? 30_000 : 3_000;
    },
  }).data;
  const cancel = useMutation({
    mutationFn: () => del('/reorganisations/{id}', { path: { id: plan.id } }),
    onSuccess: (cancelled) => {
      queryClient.setQueryData(['reorganisation', plan.id], cancelled);
      void queryClient.invalidateQueries({ queryKey: ['reorganisations'] });
    },
  });
  const at = fmtDateTime(plan.effectiveAt);
  const status = `reorg.status.${plan.status}`;
  const cancellable = plan.status === 'planned' && new Date(plan.effectiveAt) > new Date();
  return (
    <tr data-testid={`plan-${plan.id}`}>
      <td data-label={t('reorg.effectiveAt')}>{at}</td>
      <td data-label={t('common.status')}>
        <span className={`badge reorg-${FINAL.has(plan.status) ? 'final' : 'open'}`}>
          {hasMessage(status) ? t(status) : t('reorg.status.other')}
        </span>
      </td>
      <td data-label={t('reorg.changes')} className="num">
        {plan.operationCount}
      </td>
      <td data-label={t('reorg.moves')}>
        {t('reorg.movesSummary', { units: plan.counts.units, tasks: plan.counts.tasks + plan.counts.subTasks })}
      </td>
      <td data-label={t('reorg.createdBy')}>
        <span translate="no">{plan.createdBy}</span>
      </td>
      <td data-label={t('reorg.progress')}>
        <Progress plan={plan} />
      </td>
      <td data-label={t('reorg.actions')}>
        {cancellable && (
          <button
            type="button"
            className="danger"
            aria-label={t('reorg.cancelFor', { at })}
            disabled={cancel.isPending}
            onClick={() => cancel.mutate()}
          >
            {t('reorg.cancel')}
          </button>
        )}
        <ErrorNote error={cancel.error} />
      </td>
    </tr>
  );
}

/**
 * The apply's counts as its workflow reports them (while applying, then as stored): a bar of
 * the tasks told against the tasks the preview counted, then every count that is not zero.
 */
function Progress({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const progress = plan.progress;
  if (!progress) return <>—</>;
  const total = plan.counts.tasks + plan.counts.subTasks;
  const done = progress.tasksHandedOver + progress.tasksSkipped + (progress.obligationsClosed ?? 0);
  const numbers = Object.entries(progress).filter(
    (entry): entry is [string, number] =>
      typeof entry[1] === 'number' && entry[1] > 0 && hasMessage(`reorg.progress.${entry[0]}`),
  );
  return (
    <>
      {total > 0 && <ProgressBar ratio={Math.min(1, done / total)} label={t('reorg.progressLabel')} />}
      <span className="muted">
        {numbers.map(([key, value]) => `${t(`reorg.progress.${key}` as MessageKey)}: ${value}`).join(' · ')}
      </span>
    </>
  );
}
