/**
 * Operations not yet fully described (see test/api-contract.test.ts): what each still lacks. The
 * list may only shrink; a route added after this list must be complete from the start.
 */
export const pendingOperations: Record<string, string> = {
  'GET /api/positions/:id/similar-standards': 'operationId, response',
  'GET /api/positions/:id/job-evaluations': 'operationId, response',
  'GET /api/agencies/:id/position-map': 'operationId, response',
  'GET /api/agencies/:id/position-map.xlsx': 'operationId',
  'GET /api/me/civil-servant': 'operationId, response',
  'GET /api/civil-servants/:nip': 'operationId, response',
  'POST /api/civil-servants/:nip/login': 'operationId, response',
  'GET /api/civil-servants/:nip/match': 'operationId, response',
  'GET /api/positions/:id/candidates': 'operationId, response',
  'GET /api/agencies/:id/talent-pool': 'operationId, response',
  'GET /api/org-units/:id/gap-heatmap': 'operationId, response',
  'GET /api/agencies/:id/merit-dashboard': 'operationId, response',
};
