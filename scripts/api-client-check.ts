/**
 * Compiled by `npm run api:check` against the client types generated from the OpenAPI document
 * (openapi-typescript → .tmp/api-client.d.ts). It fails to compile when an operation's success
 * answer is untyped (`unknown`), naming the operations.
 */
import type { paths } from '../.tmp/api-client';

type Methods = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** The JSON body of one answer; `unknown` when the answer documents no content. */
type JsonOf<A> = A extends { content?: infer C }
  ? [Exclude<C, undefined>] extends [never]
    ? unknown
    : Exclude<C, undefined> extends { 'application/json': infer B }
      ? B
      : 'binary'
  : unknown;
type SuccessBody<O> = O extends { responses: infer R }
  ? { [S in keyof R]: S extends 200 | 201 | 202 ? JsonOf<R[S]> : never }[keyof R]
  : never;

/** `METHOD path` of every operation whose JSON success body is `unknown`. */
type Untyped = {
  [P in keyof paths]: {
    [M in Methods]: paths[P][M] extends undefined | never
      ? never
      : unknown extends SuccessBody<NonNullable<paths[P][M]>>
        ? `${Uppercase<M>} ${P & string}`
        : never;
  }[Methods];
}[keyof paths];

/** Fails with the list of untyped operations (`does not satisfy the constraint 'never'`). */
type EveryOperationTyped<T extends never> = T;
export type Checked = EveryOperationTyped<Untyped>;
