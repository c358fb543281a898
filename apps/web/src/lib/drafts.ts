/**
 * Drafts of forms kept in the browser until they are sent, so a closed tab, a reload or
 * an ended session loses nothing typed. One entry per user and per form (a task's report,
 * the issuing form): another person signing in at the same browser never sees them. An
 * entry holds the form's fields and when they were saved, nothing else (no token, no
 * answer of the API); it is removed when the form is sent or discarded, and forgotten
 * after DRAFT_MAX_AGE_MS.
 */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 3600 * 1000;
const PREFIX = 'dondoc.draft';

/** The storage the drafts live in: localStorage in the browser, a map in the unit tests. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface Draft<T> {
  value: T;
  /** Epoch milliseconds of the last change kept. */
  savedAt: number;
}

export const draftKey = (userId: string, form: string) => `${PREFIX}.${userId}.${form}`;

export function readDraft<T>(storage: DraftStorage, key: string, now: number): Draft<T> | null {
  let draft: Draft<T> | null = null;
  try {
    const parsed = JSON.parse(storage.getItem(key) ?? 'null') as Draft<T> | null;
    if (parsed && typeof parsed.savedAt === 'number' && 'value' in parsed) draft = parsed;
  } catch {
    // Unreadable (written by another version, or by hand): no draft.
  }
  if (draft && now - draft.savedAt <= DRAFT_MAX_AGE_MS) return draft;
  if (storage.getItem(key) !== null) storage.removeItem(key);
  return null;
}

/** Keeps the form's fields; false when the browser refused (storage full or disabled). */
export function writeDraft<T>(storage: DraftStorage, key: string, value: T, now: number): boolean {
  try {
    storage.setItem(key, JSON.stringify({ value, savedAt: now } satisfies Draft<T>));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(storage: DraftStorage, key: string): void {
  storage.removeItem(key);
}
