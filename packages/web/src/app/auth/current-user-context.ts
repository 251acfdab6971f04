import type { Me } from '@fengqiao/domain';
import { createContext, useContext } from 'react';

export const CurrentUserContext = createContext<Me | null>(null);

/** The logged-in user; only valid below RequireAuth, which renders nothing else until Me has loaded. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser must be used below RequireAuth');
  return me;
}
