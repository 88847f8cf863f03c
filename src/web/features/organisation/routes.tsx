import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazy-page';

export const organisationRoutes: RouteObject[] = [
  {
    path: 'peta-jabatan',
    lazy: lazyPage(
      () => import('./position-map/position-map-page'),
      (m) => m.PositionMapPage,
    ),
  },
  {
    path: 'peta-jabatan/evaluasi/:positionId',
    lazy: lazyPage(
      () => import('./job-evaluation/job-evaluation-page'),
      (m) => m.JobEvaluationPage,
    ),
  },
  {
    path: 'peta-jabatan/impor',
    lazy: lazyPage(
      () => import('./position-map-import/position-map-import-page'),
      (m) => m.PositionMapImportPage,
    ),
  },
];
