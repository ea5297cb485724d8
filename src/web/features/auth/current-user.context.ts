import { createContext, useContext } from 'react';
import type { Me } from '../../../contract/auth.contract';

/** Provided by the app layout once GET /auth/me has answered, so pages inside it always have a user. */
export const CurrentUserContext = createContext<Me | null>(null);

export function useCurrentUser(): Me {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used inside the signed-in app layout');
  return user;
}
