import './drafting-campaigns.css';
import type { RouteObject } from 'react-router';
import { DraftingCampaignPage } from './drafting-campaign-page';
import { DraftingCampaignsPage } from './drafting-campaigns-page';

export const draftingCampaignRoutes: RouteObject[] = [
  { path: 'kampanye', element: <DraftingCampaignsPage /> },
  { path: 'kampanye/:id', element: <DraftingCampaignPage /> },
];
