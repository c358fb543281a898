import { useEffect, useState } from 'react';
import { useUser } from '../auth';
import { fmtDateTime, useI18n } from '../i18n';
import { draftKey, readDraft, removeDraft, writeDraft } from '../lib/drafts';

/**
 * A form's draft in this browser (lib/drafts.ts), for the signed-in user and `form`
 * ("report:<task id>", "directive:new"): `initial` is what was kept, read once for the
 * form's initial state; useKeepDraft keeps every change until `forget()` (sent or
 * discarded); an empty form keeps nothing.
 */
export function useDraft<T>(form: string, isEmpty: (value: T) => boolean) {
  const key = draftKey(useUser().id, form);
  const [initial] = useState(() => {
    const found = readDraft<T>(localStorage, key, Date.now());
    return found && !isEmpty(found.value) ? found : null;
  });
  const [restoredAt, setRestoredAt] = useState(initial?.savedAt ?? null);
  return {
    key,
    isEmpty,
    initial: initial?.value,
    restoredAt,
    forget() {
      removeDraft(localStorage, key);
      setRestoredAt(null);
    },
  };
}

/** Whether a draft of `form` is kept for the signed-in user (null: no form), read once. */
export function useHasDraft(form: string | null): boolean {
  const userId = useUser().id;
  const [found] = useState(() => form !== null && readDraft(localStorage, draftKey(userId, form), Date.now()) !== null);
  return found;
}

/** Keeps `value` as the draft on every change (removes it once the form is empty). */
export function useKeepDraft<T>(draft: { key: string; isEmpty(value: T): boolean }, value: T): void {
  const text = JSON.stringify(value);
  const empty = draft.isEmpty(value);
  const { key } = draft;
  useEffect(() => {
    if (empty) removeDraft(localStorage, key);
    else writeDraft(localStorage, key, JSON.parse(text) as T, Date.now());
  }, [key, text, empty]);
}

/** "A draft was restored", with the way to throw it away. */
export function DraftNote({ savedAt, onDiscard }: { savedAt: number | null; onDiscard(): void }) {
  const { t } = useI18n();
  if (savedAt === null) return null;
  return (
    <p className="draft-note" role="status" data-testid="draft-note">
      {t('draft.restored', { time: fmtDateTime(new Date(savedAt).toISOString()) })}{' '}
      <button type="button" className="link" onClick={onDiscard}>
        {t('draft.discard')}
      </button>
    </p>
  );
}

const blank = (value: Record<string, string>) => Object.values(value).every((v) => !v.trim());

/**
 * A small form of text fields kept as a draft (useDraft, useKeepDraft): the state, a setter
 * of some fields, `forget()` to call in the request once it succeeded (the form may be gone
 * when its answer is shown), `reset()` to empty it after, and the DraftNote to show.
 */
export function useDraftForm<T extends Record<string, string>>(form: string, empty: T) {
  const draft = useDraft<T>(form, blank);
  const [value, setValue] = useState<T>(() => ({ ...empty, ...draft.initial }));
  useKeepDraft(draft, value);
  const reset = () => setValue(empty);
  return {
    value,
    set: (changes: Partial<T>) => setValue((now) => ({ ...now, ...changes })),
    forget: () => draft.forget(),
    reset,
    note: (
      <DraftNote
        savedAt={draft.restoredAt}
        onDiscard={() => {
          draft.forget();
          reset();
        }}
      />
    ),
  };
}
