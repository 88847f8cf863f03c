import './talent.css';
import './talent-management.css';
import type { RouteObject } from 'react-router';
import { CandidatesPage } from './candidates/candidates-page';
import { CivilServantPage } from './civil-servants/civil-servant-page';
import { CivilServantsPage } from './civil-servants/civil-servants-page';
import { MyCompetencyPage } from './civil-servants/my-competency-page';
import { GapHeatmapPage } from './heatmap/gap-heatmap-page';
import { MyTasksPage } from './multi-rater/my-tasks-page';
import { QuestionnairePage } from './multi-rater/questionnaire-page';
import { ResultsPage } from './multi-rater/results-page';
import { RoundPage } from './multi-rater/round-page';
import { RoundsPage } from './multi-rater/rounds-page';
import { TalentPoolPage } from './pool/talent-pool-page';
import { RetirementForecastPage } from './retirement/retirement-forecast-page';
import { PositionSuccessionPage } from './succession/position-succession-page';
import { SuccessionDashboardPage } from './succession/succession-dashboard-page';
import { TrainingNeedsPage } from './training-needs/training-needs-page';

export const talentRoutes: RouteObject[] = [
  { path: 'pegawai', element: <CivilServantsPage /> },
  { path: 'pegawai/unit', element: <GapHeatmapPage /> },
  { path: 'pegawai/:nip', element: <CivilServantPage /> },
  { path: 'saya', element: <MyCompetencyPage /> },
  { path: 'saya/360', element: <MyTasksPage /> },
  { path: 'saya/360/:id', element: <QuestionnairePage /> },
  { path: 'talenta', element: <TalentPoolPage /> },
  { path: 'talenta/360', element: <RoundsPage /> },
  { path: 'talenta/360/:id', element: <RoundPage /> },
  { path: 'talenta/360/:id/hasil/:nip', element: <ResultsPage /> },
  { path: 'talenta/suksesi', element: <SuccessionDashboardPage /> },
  { path: 'talenta/suksesi/:positionId', element: <PositionSuccessionPage /> },
  { path: 'talenta/pensiun', element: <RetirementForecastPage /> },
  { path: 'talenta/kebutuhan-pengembangan', element: <TrainingNeedsPage /> },
  { path: 'kandidat/:positionId', element: <CandidatesPage /> },
];
