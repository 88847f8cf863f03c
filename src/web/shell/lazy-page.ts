import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { loadPageTexts } from '../i18n';

/**
 * A page fetched the first time it is visited: `load` is a dynamic `import()` of the page's module,
 * so the build gives the page (and the stylesheets it imports) a chunk of its own, and the shell
 * stays small; the pages' texts come with the first of them (`i18n/index.ts`). The router waits for the chunk before it leaves the current page (the frame shows a
 * progress bar meanwhile, see `app-layout.tsx`); a chunk that fails to load (a new version was
 * deployed since the page was opened) reaches the route's error element (`route-error.tsx`).
 */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): RouteObject['lazy'] {
  return async () => {
    const [module] = await Promise.all([load(), loadPageTexts()]);
    return { Component: pick(module) };
  };
}
