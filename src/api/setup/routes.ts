/**
 * The setup page of a fresh installation: unauthenticated, open only while no active superadmin
 * exists, and guarded by the one-time token printed on the server console at start.
 */
import { setupFirstSuperadmin, setupStatus } from '../../services/bootstrap-superadmin';
import type { Router } from '../route';
import { setupBody, setupResponse, setupStatusResponse } from './schema';

export function registerSetupRoutes(router: Router) {
  const { deps } = router;
  const tag = 'Penyiapan';
  router.route({
    method: 'get',
    path: '/api/setup',
    operationId: 'getSetupStatus',
    summary:
      'Apakah instalasi ini perlu disiapkan (belum ada superadmin aktif); token penyiapan tercetak di konsol server',
    tag,
    auth: false,
    response: setupStatusResponse,
    handler: () => setupStatus(deps.db, deps.setupToken),
  });
  router.route({
    method: 'post',
    path: '/api/setup',
    operationId: 'setUpFirstSuperadmin',
    summary: 'Buat superadmin pertama dengan token penyiapan sekali pakai dari konsol server',
    tag,
    auth: false,
    body: setupBody,
    response: setupResponse,
    successStatus: 201,
    errors: ['SETUP_TOKEN_INVALID', 'SUPERADMIN_EXISTS', 'USERNAME_EXISTS', 'PASSWORD_TOO_WEAK'],
    handler: async ({ body }) => {
      const user = await setupFirstSuperadmin(deps.db, deps.setupToken, body);
      return {
        user: { id: user.id, username: user.username, fullName: user.fullName, role: 'superadmin' as const },
      };
    },
  });
}
