import { createContext, useContext } from 'react';
import type { User } from '../api-client';

/** The signed-in user, provided by the layout once `GET /api/auth/me` answered. */
export const CurrentUserContext = createContext<User | null>(null);

export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser dipakai di luar Layout.');
  return user;
}

export function isAdministrator(user: User): boolean {
  return user.role === 'superadmin' || user.role === 'admin';
}
