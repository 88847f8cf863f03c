import './dictionaries.css';
import type { RouteObject } from 'react-router';
import { DictionaryDiffPage } from './diff/dictionary-diff-page';
import { DictionaryImportPage } from './import/dictionary-import-page';
import { DictionaryPage } from './official/dictionary-page';
import { SearchPage } from './search/search-page';
import { TechnicalDictionariesPage } from './technical/technical-dictionaries-page';
import { TechnicalDictionaryPage } from './technical/technical-dictionary-page';
import { DictionaryVersionPage } from './version/dictionary-version-page';

export const dictionaryRoutes: RouteObject[] = [
  { path: 'kamus', element: <DictionaryPage /> },
  { path: 'kamus/:kind', element: <DictionaryPage /> },
  { path: 'kamus-teknis', element: <TechnicalDictionariesPage /> },
  { path: 'kamus-teknis/versi/:versionId', element: <DictionaryVersionPage /> },
  { path: 'kamus-teknis/versi/:versionId/banding/:otherVersionId', element: <DictionaryDiffPage /> },
  { path: 'kamus-teknis/:dictionaryId', element: <TechnicalDictionaryPage /> },
  { path: 'kamus-teknis/:dictionaryId/impor', element: <DictionaryImportPage /> },
  { path: 'cari', element: <SearchPage /> },
];
