import type { Db } from '../db/client';
import type { Role } from '../domain/roles';

/** Who is acting: the logged-in user, as the services and policies see them. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  agencyId: string | null;
}

export interface ServiceContext {
  db: Db;
  actor: Actor;
}
