import './talent.css';
import type { RouteObject } from 'react-router';
import { CandidatesPage } from './candidates/candidates-page';
import { CivilServantPage } from './civil-servants/civil-servant-page';
import { CivilServantsPage } from './civil-servants/civil-servants-page';
import { MyCompetencyPage } from './civil-servants/my-competency-page';
import { GapHeatmapPage } from './heatmap/gap-heatmap-page';
import { TalentPoolPage } from './pool/talent-pool-page';

export const talentRoutes: RouteObject[] = [
  { path: 'pegawai', element: <CivilServantsPage /> },
  { path: 'pegawai/unit', element: <GapHeatmapPage /> },
  { path: 'pegawai/:nip', element: <CivilServantPage /> },
  { path: 'saya', element: <MyCompetencyPage /> },
  { path: 'talenta', element: <TalentPoolPage /> },
  { path: 'kandidat/:positionId', element: <CandidatesPage /> },
];
