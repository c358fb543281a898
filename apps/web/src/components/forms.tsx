import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n';
import { pickApiMessage } from '../lib/api-message';

/*
 * Every form's errors, one way: the API's field problems (`details[]`) beside their
 * fields in the reader's language, the first of them focused and scrolled into view, the
 * request's error otherwise; a field's hint (a "valid" note, a format) gives way to its
 * error. Field, FieldError, ErrorNote and useFieldError are the only way forms show them.
 */

// Errors that appeared in this frame: the first in the page's order gets the attention.
let appeared: HTMLElement[] = [];
function drawAttention(element: HTMLElement | null): void {
  if (!element) return;
  appeared.push(element);
  if (appeared.length > 1) return;
  requestAnimationFrame(() => {
    const found = appeared.filter((e) => e.isConnected);
    appeared = [];
    const order = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
    const fields = found.filter((e) => e.classList.contains('field')).sort(order);
    const target = fields[0] ?? found.sort(order)[0];
    if (!target) return;
    const control = fields[0]
      ? target.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button, [tabindex]')
      : null;
    target.scrollIntoView({ block: 'center' });
    control?.focus({ preventScroll: true });
  });
}

/** A field's error, beside it, announced to screen readers. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <div className="field-error" id={id} role="alert">
      {message}
    </div>
  );
}

/** A label, its control, its hint and the API's complaint about it (which replaces the hint). */
export function Field(props: {
  label: string;
  error?: string;
  hint?: ReactNode;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const box = useRef<HTMLDivElement>(null);
  const failing = Boolean(props.error);
  // A new error (a submit refused) takes the reader to the first refused field.
  useEffect(() => {
    if (failing) drawAttention(box.current);
  }, [failing]);
  return (
    <div ref={box} className={`field${props.error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id, props.error ? errorId : undefined)}
      {props.error ? (
        <FieldError id={errorId} message={props.error} />
      ) : (
        props.hint && <div className="hint">{props.hint}</div>
      )}
    </div>
  );
}

/** The error of a whole request (not tied to one field), in the reader's language. */
export function ErrorNote({ error }: { error: unknown }) {
  const { lang, t } = useI18n();
  const note = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A refused submit is scrolled to; a list that failed to load steals nothing.
    if (error && note.current?.closest('form')) drawAttention(note.current);
  }, [error]);
  if (!error) return null;
  let text = t('error.generic');
  if (error instanceof ApiError) {
    text = pickApiMessage(error.message, lang) ?? t('error.generic');
    if (error.status === 403) text = `${t('error.forbidden')} ${text}`;
  }
  return (
    <div ref={note} className="error-note" role="alert">
      {text}
    </div>
  );
}

/**
 * The API's message for one field (or the first nested under it), in the reader's
 * language, without ids; the catalogue's "not valid" when the API's says nothing readable.
 */
export function useFieldError(error: unknown) {
  const { lang, t } = useI18n();
  return (field: string) => {
    if (!(error instanceof ApiError)) return undefined;
    const message = error.forField(field);
    if (message === undefined) return undefined;
    return pickApiMessage(message, lang, field) ?? t('form.invalid');
  };
}

/**
 * The dashboard's one form shape: a card with its heading, the fields, the request's
 * error when no field claims it, a "saved" note, and the submit button. The fields show
 * their own 400s (`error` from useFieldError), so `fields` names the ones that do.
 */
export function ApiForm(props: {
  title: string;
  // Any mutation: the form only sends it and reads its state.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  mutation: UseMutationResult<any, unknown, void>;
  fieldError: (field: string) => string | undefined;
  fields: string[];
  submit: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { mutation } = props;
  return (
    <form
      className="card"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate();
      }}
    >
      <h2>{props.title}</h2>
      {props.children}
      {!props.fields.some((f) => props.fieldError(f)) && <ErrorNote error={mutation.error} />}
      {mutation.isSuccess && <p className="ok">{t('common.saved')}</p>}
      <button type="submit" className="primary" disabled={mutation.isPending}>
        {props.submit}
      </button>
    </form>
  );
}

/** A labelled text input with its 400 beside it. */
export function InputField(props: {
  label: string;
  error?: string;
  value: string;
  onChange(value: string): void;
  type?: string;
  /** "decimal" for a number typed as Vietnamese write it (lib/number.ts), in a text input. */
  inputMode?: 'decimal' | 'numeric';
  autoComplete?: string;
  hint?: ReactNode;
}) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {(id, described) => (
        <input
          id={id}
          aria-describedby={described}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A labelled select with its 400 beside it. */
/** A select whose value is one of its options' (an enum of the API's, say), typed as such. */
export function SelectField<T extends string>(props: {
  label: string;
  error?: string;
  value: T;
  onChange(value: T): void;
  /** `lang`: an option that is data in another language (a level named "xã"). */
  options: { value: T; label: string; lang?: string }[];
}) {
  return (
    <Field label={props.label} error={props.error}>
      {(id, described) => (
        <select
          id={id}
          aria-describedby={described}
          value={props.value}
          // The browser gives back one of the options' values.
          onChange={(e) => props.onChange(e.target.value as T)}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** CSV text for an upload: chosen as a file (read in the browser) or typed, shown either way. */
export function CsvField(props: { value: string; onChange(text: string): void }) {
  const { t } = useI18n();
  return (
    <>
      <label className="file">
        {t('admin.chooseFile')}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => props.onChange((await e.target.files?.[0]?.text()) ?? '')}
        />
      </label>
      <Field label={t('admin.csv')}>
        {(id) => (
          <textarea
            id={id}
            className="mono"
            rows={6}
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
