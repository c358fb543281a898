import type { Bucket } from '../api/types';
import { useI18n, type MessageKey } from '../i18n';

export function BucketBadge({ bucket }: { bucket: Bucket }) {
  const { t } = useI18n();
  return <span className={`badge bucket-${bucket}`}>{t(`bucket.${bucket}` as MessageKey)}</span>;
}

export function SecretMark({ confidentiality }: { confidentiality: string }) {
  const { t } = useI18n();
  return confidentiality === 'secret' ? (
    <span className="mark-secret" title={t('directive.secretHint')}>
      {t('directive.secret')}
    </span>
  ) : null;
}

// The form pieces live in forms.tsx; many pages import them from here.
export { ErrorNote, Field, useFieldError } from './forms';

export function ProgressBar({ ratio, label }: { ratio: number; label: string }) {
  const percent = Math.round(ratio * 100);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-valuenow={percent}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-label={label}
    >
      <div className="progress-fill" style={{ width: `${percent}%` }} />
      <span className="progress-text">{percent}%</span>
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return <p className="muted">{t('common.loading')}</p>;
}
