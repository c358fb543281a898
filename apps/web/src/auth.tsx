import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { post, setToken, whenUnauthorized } from './api/client';
import type { SessionUser } from './api/types';

interface Session {
  user: SessionUser | null;
  login(username: string, password: string): Promise<void>;
  logout(): void;
}
const Context = createContext<Session | null>(null);
const KEY = 'dondoc.user';

function storedUser(): SessionUser | null {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as SessionUser | null;
  } catch {
    return null;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<SessionUser | null>(storedUser);

  const logout = useCallback(() => {
    // Token, user and every cached answer go: the next person at this browser sees none of it.
    setToken(null);
    sessionStorage.removeItem(KEY);
    queryClient.clear();
    setUser(null);
  }, [queryClient]);

  useEffect(() => whenUnauthorized(logout), [logout]);

  const login = useCallback(
    async (username: string, password: string) => {
      queryClient.clear();
      const answer = await post('/auth/login', { body: { username, password } });
      setToken(answer.accessToken);
      sessionStorage.setItem(KEY, JSON.stringify(answer.user));
      setUser(answer.user);
    },
    [queryClient],
  );

  const value = useMemo(() => ({ user, login, logout }), [user, login, logout]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): Session {
  const value = useContext(Context);
  if (!value) throw new Error('AuthProvider missing');
  return value;
}

/** The signed-in user; only used under the guard in App, so never null there. */
export const useUser = (): SessionUser => useSession().user!;
