import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazy-page';
import { LoginPage } from './login-page';

/** Outside the signed-in frame: signing in, the first superadmin, replacing a temporary password. */
export const accountRoutes: RouteObject[] = [
  // The door everyone comes through, often on a first visit: part of the shell, so it draws as soon
  // as the shell runs instead of after one more round trip for its chunk.
  { path: '/login', element: <LoginPage /> },
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
