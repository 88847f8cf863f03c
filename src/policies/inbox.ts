/**
 * What each actor's inbox (`GET /api/me/tasks`) holds. The sections follow the workflow's roles:
 * composers (the agency's admins and drafters) see their agency's drafts, returned ones first, and
 * the positions assigned to them in drafting campaigns; verifiers and validators the standards
 * waiting at their step in their agency; the national ratifier the validated standards of every
 * agency; the agency's admin an overview of what is missing or late. Which single standard an
 * actor may act on is still the job-standard policy's answer (no approving one's own submission).
 */
import type { Actor } from '../domain/actor';
import { standardActionRoles } from './job-standard';
import { definePolicy } from './policy';
import { administers, composesFor } from './scope';

/** The actor's own inbox: the agency it works for (null for national actors). */
export interface InboxScope {
  agencyId: string | null;
}

const takesStep = (actor: Actor, step: 'verify' | 'validate' | 'ratify', scope: InboxScope) => {
  const rule = standardActionRoles[step];
  return (
    rule.roles.includes(actor.role) &&
    (!rule.agency || (scope.agencyId !== null && actor.agencyId === scope.agencyId))
  );
};

export const inboxPolicy = definePolicy<InboxScope, 'drafts' | 'verify' | 'validate' | 'ratify' | 'overview'>(
  {
    entity: 'inbox',
    notFound: { code: 'NOT_FOUND', message: 'Tidak ditemukan.' },
    abilities: {
      /** Everyone signed in has an inbox, possibly empty (an employee's holds nothing to act on). */
      read: (actor, scope) => actor.agencyId === scope.agencyId,
      drafts: (actor, scope) => composesFor(actor, scope.agencyId),
      verify: (actor, scope) => takesStep(actor, 'verify', scope),
      validate: (actor, scope) => takesStep(actor, 'validate', scope),
      ratify: (actor, scope) => takesStep(actor, 'ratify', scope),
      overview: (actor, scope) => administers(actor, scope.agencyId),
    },
  },
);
