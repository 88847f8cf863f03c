/**
 * Operations not yet fully described (see test/api-contract.test.ts): what each still lacks. The
 * list may only shrink; a route added after this list must be complete from the start.
 */
export const pendingOperations: Record<string, string> = {};
