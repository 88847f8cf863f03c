/**
 * The signed-in user and what they may do. The UI holds no role rules: page-level choices come
 * from the server's `capabilities` (`GET /api/auth/me`, `src/policies/capabilities.ts`) and
 * per-record buttons from the `permissions` of each read.
 */
import { createContext, useContext } from 'react';
import type { Capabilities, User } from './api';

export interface CurrentUser {
  user: User;
  capabilities: Capabilities;
}

/** Provided by the layout once `GET /api/auth/me` answered. */
export const CurrentUserContext = createContext<CurrentUser | null>(null);

function useSignedIn(): CurrentUser {
  const current = useContext(CurrentUserContext);
  if (!current) throw new Error('useCurrentUser dipakai di luar Layout.');
  return current;
}

export function useCurrentUser(): User {
  return useSignedIn().user;
}

export function useCapabilities(): Capabilities {
  return useSignedIn().capabilities;
}

/** Administration (`/admin`): whoever manages users, org units or agencies. */
export function administers(capabilities: Capabilities): boolean {
  return capabilities.manageUsers || capabilities.manageOrgUnits || capabilities.manageAgencies;
}
