import type { ReactNode } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useI18n } from '../i18n';
import { ErrorNote, Field } from './ui';

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
  options: { value: T; label: string }[];
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
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
