import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../ui';

/**
 * The brand mark over "Memuat…" (or what `children` says instead), centred on an empty screen: while
 * the session is read and while the first page's chunk loads. `index.html` holds the same markup, so
 * the screen does not change when the script takes over.
 */
export function Splash({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="splash">
      <span className="brand-mark">{t('app.name')}</span>
      {children ?? <Loading />}
    </div>
  );
}
