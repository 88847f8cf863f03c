import './standards.css';
import type { RouteObject } from 'react-router';
import { BookPage } from './book/book-page';
import { CatalogPage } from './catalog/catalog-page';
import { DecreePage } from './decree/decree-page';
import { StandardDiffPage } from './diff/standard-diff-page';
import { StandardsPage } from './positions/standards-page';
import { ConsistencyReportPage } from './reports/consistency-report-page';
import { MeritDashboardPage } from './reports/merit-dashboard-page';
import { StandardPage } from './standard/standard-page';

export const standardRoutes: RouteObject[] = [
  { path: 'skj', element: <StandardsPage /> },
  { path: 'skj/konsistensi', element: <ConsistencyReportPage /> },
  { path: 'skj/buku', element: <BookPage /> },
  { path: 'skj/keputusan', element: <DecreePage /> },
  { path: 'skj/:id', element: <StandardPage /> },
  { path: 'skj/:id/banding/:otherId', element: <StandardDiffPage /> },
  { path: 'katalog', element: <CatalogPage /> },
  { path: 'dasbor-merit', element: <MeritDashboardPage /> },
];
