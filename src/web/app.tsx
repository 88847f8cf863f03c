import { createBrowserRouter, RouterProvider } from 'react-router';
import { accountRoutes } from './features/account/routes';
import { adminRoutes } from './features/admin/routes';
import { dictionaryRoutes } from './features/dictionaries/routes';
import { draftingCampaignRoutes } from './features/drafting-campaigns/routes';
import { jobDescriptionRoutes } from './features/job-descriptions/routes';
import { organisationRoutes } from './features/organisation/routes';
import { standardPolicyRoutes } from './features/standard-policy/routes';
import { standardRoutes } from './features/standards/routes';
import { talentRoutes } from './features/talent/routes';
import { Layout } from './shell/app-layout';
import { HomePage } from './shell/home-page';
import { NotFoundPage } from './shell/not-found-page';

/**
 * Every address of the UI: each feature lists its own pages (`features/<area>/routes.tsx`); the
 * signed-in ones sit inside the frame (`shell/`). The router ranks paths by how specific they are,
 * so the order of the features does not matter.
 */
const router = createBrowserRouter([
  ...accountRoutes,
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      ...dictionaryRoutes,
      ...standardRoutes,
      ...standardPolicyRoutes,
      ...organisationRoutes,
      ...jobDescriptionRoutes,
      ...draftingCampaignRoutes,
      ...talentRoutes,
      ...adminRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
