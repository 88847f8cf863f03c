import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazy-page';

export const dictionaryRoutes: RouteObject[] = [
  {
    path: 'kamus',
    lazy: lazyPage(
      () => import('./official/dictionary-page'),
      (m) => m.DictionaryPage,
    ),
  },
  {
    path: 'kamus/:kind',
    lazy: lazyPage(
      () => import('./official/dictionary-page'),
      (m) => m.DictionaryPage,
    ),
  },
  {
    path: 'kamus-teknis',
    lazy: lazyPage(
      () => import('./technical/technical-dictionaries-page'),
      (m) => m.TechnicalDictionariesPage,
    ),
  },
  {
    path: 'kamus-teknis/versi/:versionId',
    lazy: lazyPage(
      () => import('./version/dictionary-version-page'),
      (m) => m.DictionaryVersionPage,
    ),
  },
  {
    path: 'kamus-teknis/versi/:versionId/banding/:otherVersionId',
    lazy: lazyPage(
      () => import('./diff/dictionary-diff-page'),
      (m) => m.DictionaryDiffPage,
    ),
  },
  {
    path: 'kamus-teknis/:dictionaryId',
    lazy: lazyPage(
      () => import('./technical/technical-dictionary-page'),
      (m) => m.TechnicalDictionaryPage,
    ),
  },
  {
    path: 'kamus-teknis/:dictionaryId/impor',
    lazy: lazyPage(
      () => import('./import/dictionary-import-page'),
      (m) => m.DictionaryImportPage,
    ),
  },
  {
    path: 'cari',
    lazy: lazyPage(
      () => import('./search/search-page'),
      (m) => m.SearchPage,
    ),
  },
];
