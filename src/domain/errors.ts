/**
 * A rule of the domain was broken. `code` is stable English SCREAMING_CASE for machines, `message`
 * is Indonesian for people; the API layer maps codes to HTTP statuses.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
