import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { lazyPage } from './lazy-page';
import { isChunkLoadError, RouteError } from './route-error';

/** A page whose chunk is gone, as after a deploy: Chromium's own message for it. */
const missingChunk = () =>
  Promise.reject(
    new TypeError('Failed to fetch dynamically imported module: /assets/standards-page-Ab12.js'),
  );

function renderAt(load: () => Promise<{ Page: () => null }>) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <p>frame</p>,
        errorElement: <RouteError fullPage />,
      },
      {
        path: '/skj',
        lazy: lazyPage(load, (m) => m.Page),
        errorElement: <RouteError />,
        hydrateFallbackElement: <p>…</p>,
      },
    ],
    { initialEntries: ['/skj'] },
  );
  return render(<RouterProvider router={router} />);
}

describe('a page that cannot load', () => {
  it('says so in Indonesian and offers a reload when its chunk is gone', async () => {
    renderAt(missingChunk);
    const alert = await screen.findByTestId('route-error');
    expect(alert.textContent).toContain('Halaman belum dapat dimuat.');
    expect(alert.textContent).toContain('Muat ulang untuk membuka versi terbaru.');
    expect(screen.getByTestId('route-error-reload').textContent).toBe('Muat ulang');
  });

  it('says the page failed, with the same way out, for any other error', async () => {
    renderAt(() => Promise.reject(new Error('boom')));
    const alert = await screen.findByTestId('route-error');
    expect(alert.textContent).toContain('Halaman ini tidak dapat ditampilkan.');
    expect(alert.textContent).not.toContain('boom');
    expect(screen.getByTestId('route-error-reload')).toBeTruthy();
  });

  it('tells a chunk that did not load from other errors, in the browsers’ words', () => {
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: x.js'))).toBe(true);
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/a.css'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});
