import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SessionUser } from '../api/types';
import { useI18n } from '../i18n';
import { ErrorNote, Field } from './forms';

/**
 * Over the page as it stands (a modal dialog: the page behind keeps every form's content,
 * only inert while it shows), the same person signs in again; the requests that met the
 * ended session then go. Signing out instead is the way to change person.
 */
export function SignInAgainDialog(props: {
  user: SessionUser;
  resume(password: string): Promise<void>;
  logout(): void;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // The dialog would focus its first field, the (read-only) user name.
    passwordInput.current?.focus();
    return () => element?.close();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.resume(password);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="card sign-in-again"
      aria-labelledby="sign-in-again-title"
      aria-describedby="sign-in-again-text"
      data-testid="sign-in-again"
      // Escape would leave the page under a session that cannot send anything.
      onCancel={(event) => event.preventDefault()}
    >
      <form onSubmit={submit} noValidate>
        <h2 id="sign-in-again-title">{t('session.endedTitle')}</h2>
        <p id="sign-in-again-text">{t('session.endedText')}</p>
        <Field label={t('login.username')}>
          {(id) => <input id={id} name="username" autoComplete="username" value={props.user.username} readOnly />}
        </Field>
        <Field label={t('login.password')}>
          {(id) => (
            <input
              ref={passwordInput}
              id={id}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <ErrorNote error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || !password}>
            {t('session.resume')}
          </button>
          <button type="button" className="link" onClick={props.logout}>
            {t('nav.logout')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
