import './login.css';
import type { RouteObject } from 'react-router';
import { LoginPage } from './login-page';

/** Outside the signed-in frame. */
export const accountRoutes: RouteObject[] = [{ path: '/login', element: <LoginPage /> }];
