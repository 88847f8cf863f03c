import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazy-page';

export const jobDescriptionRoutes: RouteObject[] = [
  {
    path: 'peta-jabatan/uraian/:positionId',
    lazy: lazyPage(
      () => import('./job-description-page'),
      (m) => m.JobDescriptionPage,
    ),
  },
  {
    path: 'peta-jabatan/beban-kerja',
    lazy: lazyPage(
      () => import('./workload-summary-page'),
      (m) => m.WorkloadSummaryPage,
    ),
  },
];
