import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { endSignInWait, get, hasToken, onSignInNeeded, post, setTokens } from './api/client';
import { useI18n } from './i18n';
import type { SessionUser } from './api/types';
import { SignInAgainDialog } from './components/SignInAgain';

interface Session {
  user: SessionUser | null;
  login(username: string, password: string): Promise<void>;
  logout(): void;
}
const Context = createContext<Session | null>(null);
const KEY = 'dondoc.user';

function storedUser(): SessionUser | null {
  // A user without tokens (kept by an older version, or tokens gone) is no session.
  if (!hasToken()) return null;
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as SessionUser | null;
  } catch {
    return null;
  }
}

/**
 * The signed-in user and their tokens (api/client.ts keeps and renews them). When a
 * refresh is refused (the sign-in expired or was revoked elsewhere) the page stays as it
 * is under a dialog asking for the password again; the requests that met the refusal
 * wait and go once signed in (decision 68).
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { setLang } = useI18n();
  const [user, setUser] = useState<SessionUser | null>(storedUser);
  const [signInAgain, setSignInAgain] = useState(false);

  const logout = useCallback(() => {
    // Tokens, user and every cached answer go: the next person at this browser sees none of it.
    // Requests waiting for a new sign-in fail; drafts stay, under this user's key.
    endSignInWait(null);
    setTokens(null);
    sessionStorage.removeItem(KEY);
    queryClient.clear();
    setUser(null);
  }, [queryClient]);

  useEffect(() => onSignInNeeded(setSignInAgain), []);

  const login = useCallback(
    async (username: string, password: string) => {
      queryClient.clear();
      const answer = await post('/auth/login', { body: { username, password } });
      setTokens(answer);
      // The person's stored language, when they chose one, from the first page on; none
      // stored (or no answer): the language of this browser stays.
      const preferences = await get('/me/preferences').catch(() => null);
      if (preferences?.locale) setLang(preferences.locale);
      sessionStorage.setItem(KEY, JSON.stringify(answer.user));
      setUser(answer.user);
    },
    [queryClient, setLang],
  );

  /** The same person again, on the page as it is: the waiting requests go with the new tokens. */
  const resume = useCallback(
    async (password: string) => {
      if (!user) return;
      const answer = await post('/auth/login', { body: { username: user.username, password } });
      endSignInWait(answer);
      await queryClient.invalidateQueries();
    },
    [user, queryClient],
  );

  const value = useMemo(() => ({ user, login, logout }), [user, login, logout]);
  return (
    <Context.Provider value={value}>
      {children}
      {user && signInAgain && <SignInAgainDialog user={user} resume={resume} logout={logout} />}
    </Context.Provider>
  );
}

export function useSession(): Session {
  const value = useContext(Context);
  if (!value) throw new Error('AuthProvider missing');
  return value;
}

/** The signed-in user; only used under the guard in App, so never null there. */
export const useUser = (): SessionUser => useSession().user!;
