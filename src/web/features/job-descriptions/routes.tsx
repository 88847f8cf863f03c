import './job-descriptions.css';
import type { RouteObject } from 'react-router';
import { JobDescriptionPage } from './job-description-page';
import { WorkloadSummaryPage } from './workload-summary-page';

export const jobDescriptionRoutes: RouteObject[] = [
  { path: 'peta-jabatan/uraian/:positionId', element: <JobDescriptionPage /> },
  { path: 'peta-jabatan/beban-kerja', element: <WorkloadSummaryPage /> },
];
