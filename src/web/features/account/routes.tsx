import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazy-page';

/** Outside the signed-in frame: signing in, the first superadmin, replacing a temporary password. */
export const accountRoutes: RouteObject[] = [
  {
    path: '/login',
    lazy: lazyPage(
      () => import('./login-page'),
      (m) => m.LoginPage,
    ),
  },
  {
    path: '/setup',
    lazy: lazyPage(
      () => import('./setup-page'),
      (m) => m.SetupPage,
    ),
  },
  {
    path: '/ganti-kata-sandi',
    lazy: lazyPage(
      () => import('./password-change-page'),
      (m) => m.PasswordChangePage,
    ),
  },
];

/** Inside the frame: "Akun saya". */
export const accountFrameRoutes: RouteObject[] = [
  {
    path: 'akun',
    lazy: lazyPage(
      () => import('./account-page'),
      (m) => m.AccountPage,
    ),
  },
];
