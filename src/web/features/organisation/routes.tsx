import './position-map/position-map.css';
import './position-map/position-map-print.css';
import './job-evaluation/job-evaluation.css';
import './position-map-import/position-map-import.css';
import type { RouteObject } from 'react-router';
import { JobEvaluationPage } from './job-evaluation/job-evaluation-page';
import { PositionMapPage } from './position-map/position-map-page';
import { PositionMapImportPage } from './position-map-import/position-map-import-page';

export const organisationRoutes: RouteObject[] = [
  { path: 'peta-jabatan', element: <PositionMapPage /> },
  { path: 'peta-jabatan/evaluasi/:positionId', element: <JobEvaluationPage /> },
  { path: 'peta-jabatan/impor', element: <PositionMapImportPage /> },
];
