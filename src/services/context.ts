import type { Db } from '../db/client';
import type { Actor } from '../domain/actor';

export interface ServiceContext {
  db: Db;
  actor: Actor;
}
