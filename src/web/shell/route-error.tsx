import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Alert, Button } from '../ui';
import { Splash } from './splash';

/**
 * Messages of the browsers when a dynamic import fails (Chromium, Firefox, Safari) and of Vite's
 * preloader when a page's stylesheet does not load.
 */
const chunkLoadFailure =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i;

/** True when the error is a page's chunk that did not load (a new version replaced it, or the network). */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && chunkLoadFailure.test(error.message);
}

/**
 * What a route shows when its page cannot be shown: most often the page's chunk did not load
 * because SKJ was updated while the tab stayed open (the old chunk names are gone), so it says so
 * and offers a reload, which fetches the new version. Any other failure of a page gets the same
 * way out. Inside the frame only the page is replaced; the header and navigation stay.
 */
export function RouteError({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  const stale = isChunkLoadError(error);
  const content = (
    <Alert tone={stale ? 'warning' : 'error'} as="div" role="alert" data-testid="route-error">
      <p className="alert-message">{t(stale ? 'routeError.staleTitle' : 'routeError.failedTitle')}</p>
      <p>{t(stale ? 'routeError.staleText' : 'routeError.failedText')}</p>
      <Button variant="primary" data-testid="route-error-reload" onClick={() => window.location.reload()}>
        {t('routeError.reload')}
      </Button>
    </Alert>
  );
  if (fullPage) {
    return <Splash>{content}</Splash>;
  }
  return <div className="page">{content}</div>;
}
