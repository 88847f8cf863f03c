import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazy-page';

export const standardPolicyRoutes: RouteObject[] = [
  {
    path: 'skj/kebijakan',
    lazy: lazyPage(
      () => import('./standard-policy-page'),
      (m) => m.StandardPolicyPage,
    ),
  },
];
