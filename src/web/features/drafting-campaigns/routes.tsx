import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazy-page';

export const draftingCampaignRoutes: RouteObject[] = [
  {
    path: 'kampanye',
    lazy: lazyPage(
      () => import('./drafting-campaigns-page'),
      (m) => m.DraftingCampaignsPage,
    ),
  },
  {
    path: 'kampanye/:id',
    lazy: lazyPage(
      () => import('./drafting-campaign-page'),
      (m) => m.DraftingCampaignPage,
    ),
  },
];
