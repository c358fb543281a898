import { useId, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import type { Bucket } from '../api/types';
import { apiText, useI18n, type MessageKey } from '../i18n';

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

/** A label, its control and the API's complaint about it, announced to screen readers. */
export function Field(props: {
  label: string;
  error?: string;
  hint?: ReactNode;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`field${props.error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id, props.error ? errorId : undefined)}
      {props.hint && <div className="hint">{props.hint}</div>}
      {props.error && (
        <div className="field-error" id={errorId} role="alert">
          {props.error}
        </div>
      )}
    </div>
  );
}

/** The error of a whole request (not tied to one field), in the reader's language. */
export function ErrorNote({ error }: { error: unknown }) {
  const { lang, t } = useI18n();
  if (!error) return null;
  let text = t('error.generic');
  if (error instanceof ApiError) {
    text = apiText(error.message, lang);
    if (error.status === 403) text = `${t('error.forbidden')} ${text}`;
  }
  return (
    <div className="error-note" role="alert">
      {text}
    </div>
  );
}

/** The API's message for one field, in the reader's language. */
export function useFieldError(error: unknown) {
  const { lang } = useI18n();
  return (field: string) => {
    if (!(error instanceof ApiError)) return undefined;
    const message = error.forField(field);
    return message ? apiText(message, lang, field) : undefined;
  };
}

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
