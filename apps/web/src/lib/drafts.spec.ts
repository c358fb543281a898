import { DRAFT_MAX_AGE_MS, draftKey, readDraft, removeDraft, writeDraft, type DraftStorage } from './drafts';

/** The part of localStorage drafts use, over a map. */
function memoryStorage(): DraftStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

describe('drafts', () => {
  const now = Date.UTC(2026, 6, 12, 3, 0, 0);

  it('keys a draft by user and form, so another user at the browser never reads it', () => {
    expect(draftKey('user-a', 'report:task-1')).toBe('dondoc.draft.user-a.report:task-1');
    expect(draftKey('user-a', 'report:task-1')).not.toBe(draftKey('user-b', 'report:task-1'));
  });

  it('gives back what was written, with when; keeps only the fields and the time', () => {
    const storage = memoryStorage();
    const key = draftKey('u', 'directive:new');
    expect(writeDraft(storage, key, { documentNumber: '25-KH/TU', tasks: [{ title: 'Quán triệt' }] }, now)).toBe(true);
    expect(readDraft(storage, key, now + 1000)).toEqual({
      value: { documentNumber: '25-KH/TU', tasks: [{ title: 'Quán triệt' }] },
      savedAt: now,
    });
    expect(Object.keys(JSON.parse(storage.entries.get(key)!))).toEqual(['value', 'savedAt']);
  });

  it.each([
    // [what is stored, read how long after, found]
    ['a fresh draft', JSON.stringify({ value: 'x', savedAt: now }), 0, true],
    ['a draft at the age limit', JSON.stringify({ value: 'x', savedAt: now }), DRAFT_MAX_AGE_MS, true],
    [
      'an older draft (forgotten and removed)',
      JSON.stringify({ value: 'x', savedAt: now }),
      DRAFT_MAX_AGE_MS + 1,
      false,
    ],
    ['text that is not JSON (removed)', 'not json', 0, false],
    ['JSON without a time (removed)', JSON.stringify({ value: 'x' }), 0, false],
    ['JSON null', 'null', 0, false],
  ])('reads %s', (_, stored, after, found) => {
    const storage = memoryStorage();
    storage.setItem('k', stored);
    expect(readDraft(storage, 'k', now + after) !== null).toBe(found);
    expect(storage.entries.has('k')).toBe(found);
  });

  it('removes a draft once sent', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'k', { text: 'Đã triển khai' }, now);
    removeDraft(storage, 'k');
    expect(readDraft(storage, 'k', now)).toBeNull();
  });

  it('says so when the browser refuses to keep it', () => {
    const full: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(writeDraft(full, 'k', 'x', now)).toBe(false);
  });
});
