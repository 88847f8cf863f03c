/**
 * The shape of every policy: a table of abilities, each a pure function of the actor and the
 * record. Services call `authorize` before they act and send `permissions` with what they read,
 * so the web UI shows what the server allows and never re-derives roles.
 *
 * `read` is special: when it is false the record does not exist for this actor, so every other
 * ability answers the not-found error too (no existence leak); any other false ability is 403.
 */
import type { Actor } from '../domain/actor';
import { DomainError } from '../domain/errors';

export type Ability<R> = (actor: Actor, record: R) => boolean;

export interface PolicyDefinition<R, A extends string> {
  /** Name of the entity, for messages and the capabilities test. */
  entity: string;
  /** The error for a record the actor may not read: code and Indonesian message. */
  notFound: { code: string; message: string };
  /** Indonesian message per ability for a 403; `default` when an ability has none. */
  forbidden?: Partial<Record<A, string>> & { default?: string };
  abilities: { read: Ability<R> } & Record<A, Ability<R>>;
}

export interface Policy<R, A extends string> {
  readonly entity: string;
  readonly abilityNames: readonly A[];
  can(actor: Actor, ability: A | 'read', record: R): boolean;
  /** Throws the not-found error when the actor may not read, FORBIDDEN when the ability is refused. */
  authorize(actor: Actor, ability: A | 'read', record: R, message?: string): void;
  /** Every ability for this actor and record, for the `permissions` of a read response. */
  permissions(actor: Actor, record: R): Record<A | 'read', boolean>;
  notFoundError(): DomainError;
}

export function definePolicy<R, A extends string>(definition: PolicyDefinition<R, A>): Policy<R, A> {
  const abilityNames = Object.keys(definition.abilities) as A[];
  const notFoundError = () => new DomainError(definition.notFound.code, definition.notFound.message);
  const can = (actor: Actor, ability: A | 'read', record: R) => {
    const rule = (definition.abilities as Record<string, Ability<R>>)[ability];
    if (!rule) throw new Error(`${definition.entity}: unknown ability ${ability}`);
    return rule(actor, record);
  };
  return {
    entity: definition.entity,
    abilityNames,
    can,
    notFoundError,
    authorize(actor, ability, record, message) {
      if (!can(actor, 'read', record)) throw notFoundError();
      if (ability === 'read' || can(actor, ability, record)) return;
      throw new DomainError(
        'FORBIDDEN',
        message ??
          definition.forbidden?.[ability as A] ??
          definition.forbidden?.default ??
          'Anda tidak berwenang melakukan tindakan ini.',
      );
    },
    permissions(actor, record) {
      const result = {} as Record<A | 'read', boolean>;
      for (const name of abilityNames) result[name] = can(actor, name, record);
      return result;
    },
  };
}
