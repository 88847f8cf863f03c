import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazy-page';

export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    lazy: lazyPage(
      () => import('./admin-page'),
      (m) => m.AdminPage,
    ),
  },
];
