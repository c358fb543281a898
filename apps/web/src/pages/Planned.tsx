import { useI18n } from '../i18n';

/** Statistics, reporting cycles and history arrive with their APIs: their place is kept here. */
export function PlannedPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('planned.title')}</h1>
      <ul className="lines">
        <li>
          <strong>{t('planned.stats')}</strong>
          <div className="line-meta">{t('planned.statsHint')}</div>
        </li>
        <li>
          <strong>{t('planned.cycles')}</strong>
          <div className="line-meta">{t('planned.cyclesHint')}</div>
        </li>
        <li>
          <strong>{t('planned.history')}</strong>
          <div className="line-meta">{t('planned.historyHint')}</div>
        </li>
      </ul>
    </>
  );
}
