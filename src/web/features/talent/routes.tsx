import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazy-page';

export const talentRoutes: RouteObject[] = [
  {
    path: 'pegawai',
    lazy: lazyPage(
      () => import('./civil-servants/civil-servants-page'),
      (m) => m.CivilServantsPage,
    ),
  },
  {
    path: 'pegawai/unit',
    lazy: lazyPage(
      () => import('./heatmap/gap-heatmap-page'),
      (m) => m.GapHeatmapPage,
    ),
  },
  {
    path: 'pegawai/:nip',
    lazy: lazyPage(
      () => import('./civil-servants/civil-servant-page'),
      (m) => m.CivilServantPage,
    ),
  },
  {
    path: 'saya',
    lazy: lazyPage(
      () => import('./civil-servants/my-competency-page'),
      (m) => m.MyCompetencyPage,
    ),
  },
  {
    path: 'saya/360',
    lazy: lazyPage(
      () => import('./multi-rater/my-tasks-page'),
      (m) => m.MyTasksPage,
    ),
  },
  {
    path: 'saya/360/:id',
    lazy: lazyPage(
      () => import('./multi-rater/questionnaire-page'),
      (m) => m.QuestionnairePage,
    ),
  },
  {
    path: 'talenta',
    lazy: lazyPage(
      () => import('./pool/talent-pool-page'),
      (m) => m.TalentPoolPage,
    ),
  },
  {
    path: 'talenta/360',
    lazy: lazyPage(
      () => import('./multi-rater/rounds-page'),
      (m) => m.RoundsPage,
    ),
  },
  {
    path: 'talenta/360/:id',
    lazy: lazyPage(
      () => import('./multi-rater/round-page'),
      (m) => m.RoundPage,
    ),
  },
  {
    path: 'talenta/360/:id/hasil/:nip',
    lazy: lazyPage(
      () => import('./multi-rater/results-page'),
      (m) => m.ResultsPage,
    ),
  },
  {
    path: 'talenta/suksesi',
    lazy: lazyPage(
      () => import('./succession/succession-dashboard-page'),
      (m) => m.SuccessionDashboardPage,
    ),
  },
  {
    path: 'talenta/suksesi/:positionId',
    lazy: lazyPage(
      () => import('./succession/position-succession-page'),
      (m) => m.PositionSuccessionPage,
    ),
  },
  {
    path: 'talenta/pensiun',
    lazy: lazyPage(
      () => import('./retirement/retirement-forecast-page'),
      (m) => m.RetirementForecastPage,
    ),
  },
  {
    path: 'talenta/kebutuhan-pengembangan',
    lazy: lazyPage(
      () => import('./training-needs/training-needs-page'),
      (m) => m.TrainingNeedsPage,
    ),
  },
  {
    path: 'kandidat/:positionId',
    lazy: lazyPage(
      () => import('./candidates/candidates-page'),
      (m) => m.CandidatesPage,
    ),
  },
];
