import { createBrowserRouter, RouterProvider } from 'react-router';
import { accountFrameRoutes, accountRoutes } from './features/account/routes';
import { adminRoutes } from './features/admin/routes';
import { dictionaryRoutes } from './features/dictionaries/routes';
import { draftingCampaignRoutes } from './features/drafting-campaigns/routes';
import { jobDescriptionRoutes } from './features/job-descriptions/routes';
import { organisationRoutes } from './features/organisation/routes';
import { standardPolicyRoutes } from './features/standard-policy/routes';
import { standardRoutes } from './features/standards/routes';
import { talentRoutes } from './features/talent/routes';
import { Layout, prefetchSession } from './shell/app-layout';
import { lazyPage } from './shell/lazy-page';
import { NotFoundPage } from './shell/not-found-page';
import { RouteError } from './shell/route-error';
import { Splash } from './shell/splash';

/**
 * Every address of the UI: each feature lists its own pages (`features/<area>/routes.tsx`), each
 * page a chunk fetched on its first visit (`shell/lazy-page.ts`); the signed-in ones sit inside the
 * frame (`shell/`), which is part of the shell. The router ranks paths by how specific they are, so
 * the order of the features does not matter. Until the first page's chunk is in, the splash of
 * `index.html` stays; a page that cannot load shows why and offers a reload, inside the frame when
 * signed in.
 */
const publicPaths = new Set(accountRoutes.map((route) => route.path));
if (!publicPaths.has(window.location.pathname)) prefetchSession();

const router = createBrowserRouter([
  ...accountRoutes.map((route) => ({
    ...route,
    hydrateFallbackElement: <Splash />,
    errorElement: <RouteError fullPage />,
  })),
  {
    path: '/',
    element: <Layout />,
    hydrateFallbackElement: <Splash />,
    errorElement: <RouteError fullPage />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: lazyPage(
              () => import('./shell/home-page'),
              (m) => m.HomePage,
            ),
          },
          ...accountFrameRoutes,
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
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
