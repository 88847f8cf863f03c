import { createContext, useContext } from 'react';
import type { User } from './api';

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

/** Drafters and admins of an agency compose its standards (`src/services/job-standard-access.ts`). */
export function canComposeStandards(user: User): boolean {
  return user.agency !== null && (user.role === 'drafter' || user.role === 'admin');
}
