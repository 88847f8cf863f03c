import { type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';

/** Renders inside a router at `path`, for components with links; `routes` adds pages to go to. */
export function renderWithRouter(
  element: ReactElement,
  { path = '/', routes = [] }: { path?: string; routes?: { path: string; element: ReactElement }[] } = {},
): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const router = createMemoryRouter([{ path, element }, ...routes], { initialEntries: [path] });
  return { ...render(<RouterProvider router={router} />), router };
}
