import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './components/layout';
import { AdminPage } from './pages/admin';
import { BookPage } from './pages/book';
import { CandidatesPage } from './pages/candidates';
import { CatalogPage } from './pages/catalog';
import { CivilServantPage } from './pages/civil-servant';
import { CivilServantsPage } from './pages/civil-servants';
import { ConsistencyReportPage } from './pages/consistency-report';
import { DictionaryPage } from './pages/dictionary';
import { DictionaryDiffPage } from './pages/dictionary-diff';
import { DictionaryImportPage } from './pages/dictionary-import';
import { DictionaryVersionPage } from './pages/dictionary-version';
import { DraftingCampaignPage } from './pages/drafting-campaign';
import { DraftingCampaignsPage } from './pages/drafting-campaigns';
import { GapHeatmapPage } from './pages/gap-heatmap';
import { HomePage } from './pages/home';
import { JobDescriptionPage } from './pages/job-description';
import { JobEvaluationPage } from './pages/job-evaluation';
import { LoginPage } from './pages/login';
import { MeritDashboardPage } from './pages/merit-dashboard';
import { MyCompetencyPage } from './pages/my-competency';
import { NotFoundPage } from './pages/not-found';
import { PositionMapPage } from './pages/position-map';
import { SearchPage } from './pages/search';
import { StandardPage } from './pages/standard';
import { StandardDiffPage } from './pages/standard-diff';
import { StandardPolicyPage } from './pages/standard-policy';
import { StandardsPage } from './pages/standards';
import { TalentPoolPage } from './pages/talent-pool';
import { TechnicalDictionariesPage } from './pages/technical-dictionaries';
import { TechnicalDictionaryPage } from './pages/technical-dictionary';
import { WorkloadSummaryPage } from './pages/workload-summary';

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'kamus', element: <DictionaryPage /> },
      { path: 'kamus/:kind', element: <DictionaryPage /> },
      { path: 'kamus-teknis', element: <TechnicalDictionariesPage /> },
      { path: 'kamus-teknis/versi/:versionId', element: <DictionaryVersionPage /> },
      { path: 'kamus-teknis/versi/:versionId/banding/:otherVersionId', element: <DictionaryDiffPage /> },
      { path: 'kamus-teknis/:dictionaryId', element: <TechnicalDictionaryPage /> },
      { path: 'kamus-teknis/:dictionaryId/impor', element: <DictionaryImportPage /> },
      { path: 'cari', element: <SearchPage /> },
      { path: 'skj', element: <StandardsPage /> },
      { path: 'skj/konsistensi', element: <ConsistencyReportPage /> },
      { path: 'skj/kebijakan', element: <StandardPolicyPage /> },
      { path: 'skj/buku', element: <BookPage /> },
      { path: 'skj/:id', element: <StandardPage /> },
      { path: 'skj/:id/banding/:otherId', element: <StandardDiffPage /> },
      { path: 'katalog', element: <CatalogPage /> },
      { path: 'dasbor-merit', element: <MeritDashboardPage /> },
      { path: 'peta-jabatan', element: <PositionMapPage /> },
      { path: 'peta-jabatan/evaluasi/:positionId', element: <JobEvaluationPage /> },
      { path: 'peta-jabatan/uraian/:positionId', element: <JobDescriptionPage /> },
      { path: 'peta-jabatan/beban-kerja', element: <WorkloadSummaryPage /> },
      { path: 'kampanye', element: <DraftingCampaignsPage /> },
      { path: 'kampanye/:id', element: <DraftingCampaignPage /> },
      { path: 'pegawai', element: <CivilServantsPage /> },
      { path: 'pegawai/unit', element: <GapHeatmapPage /> },
      { path: 'pegawai/:nip', element: <CivilServantPage /> },
      { path: 'saya', element: <MyCompetencyPage /> },
      { path: 'talenta', element: <TalentPoolPage /> },
      { path: 'kandidat/:positionId', element: <CandidatesPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
