import './login.css';
import './account.css';
import type { RouteObject } from 'react-router';
import { AccountPage } from './account-page';
import { LoginPage } from './login-page';
import { PasswordChangePage } from './password-change-page';
import { SetupPage } from './setup-page';

/** Outside the signed-in frame: signing in, the first superadmin, replacing a temporary password. */
export const accountRoutes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/setup', element: <SetupPage /> },
  { path: '/ganti-kata-sandi', element: <PasswordChangePage /> },
];

/** Inside the frame: "Akun saya". */
export const accountFrameRoutes: RouteObject[] = [{ path: 'akun', element: <AccountPage /> }];
