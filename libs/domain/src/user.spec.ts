import { accountActivationConflict } from './user';
import { renderText } from '@dondoc/i18n';

/** A message as it reads in both languages, joined for matching. */
const both = (text: Parameters<typeof renderText>[0]) => `${renderText(text, 'vi')} / ${renderText(text, 'en')}`;

describe('deactivating and reactivating a user account (pure)', () => {
  const me = 'a0000000-0000-4000-8000-000000000001';
  const other = 'a0000000-0000-4000-8000-000000000002';
  it.each([
    ['deactivate an active account', { id: other, active: true }, false, null],
    ['reactivate a deactivated account', { id: other, active: false }, true, null],
    ['deactivate one already deactivated', { id: other, active: false }, false, /already deactivated/],
    ['reactivate one already active', { id: other, active: true }, true, /already active/],
    ['deactivate oneself', { id: me, active: true }, false, /your own account/],
  ])('%s', (_, user, active, expected) => {
    const conflict = accountActivationConflict(user, active, me);
    if (expected === null) expect(conflict).toBeNull();
    else expect(both(conflict!)).toMatch(expected);
  });
});
