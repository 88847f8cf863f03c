import { z } from 'zod';
import { userPolicy } from '../../policies/user';
import {
  createUser,
  listUsers,
  resetUserPassword,
  setUserActiveState,
  setUserProfile,
} from '../../services/manage-users';
import type { Router } from '../route';
import {
  createdUser,
  createUserBody,
  passwordResetResponse,
  updateUserBody,
  userAccountResponse,
  userIdParams,
  userListResponse,
  userProfileBody,
} from './schema';

export function registerUserRoutes(router: Router) {
  const tag = 'Pengguna';
  const { deps } = router;
  router.route({
    method: 'get',
    path: '/api/users',
    operationId: 'listUsers',
    summary:
      'Daftar pengguna (admin: instansinya sendiri; superadmin: semua atau per instansi) dengan status aktif, kata sandi sementara, dan masuk terakhir',
    tag,
    query: z.strictObject({ agencyId: z.uuid().optional() }),
    response: userListResponse,
    errors: ['AGENCY_NOT_FOUND'],
    handler: async ({ ctx, query }) => ({
      items: await listUsers(ctx, query),
      assignableRoles: userPolicy.assignableRoles(ctx.actor),
    }),
  });
  router.route({
    method: 'post',
    path: '/api/users',
    operationId: 'createUser',
    summary:
      'Tambah pengguna (admin untuk instansinya; superadmin untuk semua peran). Kata sandi awal bersifat sementara: berlaku 72 jam dan wajib diganti saat masuk pertama',
    tag,
    body: createUserBody,
    response: z.object({ user: createdUser }),
    successStatus: 201,
    errors: ['AGENCY_NOT_FOUND', 'PASSWORD_TOO_WEAK', 'USERNAME_EXISTS'],
    handler: async ({ ctx, body }) => ({ user: await createUser(ctx, body, deps.now()) }),
  });
  router.route({
    method: 'patch',
    path: '/api/users/:id',
    operationId: 'setUserActive',
    summary:
      'Nonaktifkan atau aktifkan kembali pengguna (menonaktifkan mengakhiri semua sesinya; tidak untuk akun sendiri atau superadmin aktif terakhir)',
    tag,
    params: userIdParams,
    notFoundCode: 'USER_NOT_FOUND',
    body: updateUserBody,
    response: userAccountResponse,
    errors: ['LAST_SUPERADMIN'],
    handler: async ({ ctx, params, body }) => ({
      user: await setUserActiveState(ctx, params.id, body.active),
    }),
  });
  router.route({
    method: 'post',
    path: '/api/users/:id/password-reset',
    operationId: 'resetUserPassword',
    summary:
      'Atur ulang kata sandi pengguna lain: kata sandi sementara (berlaku 72 jam, ditampilkan sekali, wajib diganti saat masuk); semua sesinya berakhir',
    tag,
    params: userIdParams,
    notFoundCode: 'USER_NOT_FOUND',
    response: passwordResetResponse,
    handler: async ({ ctx, params }) => {
      const reset = await resetUserPassword(ctx, params.id, deps.now());
      return { username: reset.username, temporaryPassword: reset.password, expiresAt: reset.expiresAt };
    },
  });
  router.route({
    method: 'put',
    path: '/api/users/:id/profile',
    operationId: 'setUserProfile',
    summary:
      'NIP dan jabatan pengguna, dicetak di bawah tanda tangannya (pengguna sendiri, admin instansinya, atau superadmin)',
    tag,
    params: userIdParams,
    notFoundCode: 'USER_NOT_FOUND',
    body: userProfileBody,
    response: userAccountResponse,
    errors: ['NIP_INVALID'],
    handler: async ({ ctx, params, body }) => ({ user: await setUserProfile(ctx, params.id, body) }),
  });
}
