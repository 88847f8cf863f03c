import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazy-page';

export const standardRoutes: RouteObject[] = [
  {
    path: 'skj',
    lazy: lazyPage(
      () => import('./positions/standards-page'),
      (m) => m.StandardsPage,
    ),
  },
  {
    path: 'skj/konsistensi',
    lazy: lazyPage(
      () => import('./reports/consistency-report-page'),
      (m) => m.ConsistencyReportPage,
    ),
  },
  {
    path: 'skj/buku',
    lazy: lazyPage(
      () => import('./book/book-page'),
      (m) => m.BookPage,
    ),
  },
  {
    path: 'skj/keputusan',
    lazy: lazyPage(
      () => import('./decree/decree-page'),
      (m) => m.DecreePage,
    ),
  },
  {
    path: 'skj/:id',
    lazy: lazyPage(
      () => import('./standard/standard-page'),
      (m) => m.StandardPage,
    ),
  },
  {
    path: 'skj/:id/banding/:otherId',
    lazy: lazyPage(
      () => import('./diff/standard-diff-page'),
      (m) => m.StandardDiffPage,
    ),
  },
  {
    path: 'katalog',
    lazy: lazyPage(
      () => import('./catalog/catalog-page'),
      (m) => m.CatalogPage,
    ),
  },
  {
    path: 'dasbor-merit',
    lazy: lazyPage(
      () => import('./reports/merit-dashboard-page'),
      (m) => m.MeritDashboardPage,
    ),
  },
];
