import { useTranslation } from 'react-i18next';

/** The two accepted workbook layouts, briefly. */
export function ImportLayouts() {
  const { t } = useTranslation();
  return (
    <div className="import-layouts">
      <section className="layout-card">
        <h3>{t('import.layouts.skjTitle')}</h3>
        <p className="small layout-text">{t('import.layouts.skjText')}</p>
        <p className="muted small layout-text">
          <strong>{t('import.layouts.competencySheet')}:</strong>{' '}
          <code>{t('import.layouts.competencyColumns')}</code>
          <br />
          <strong>{t('import.layouts.levelSheet')}:</strong> <code>{t('import.layouts.levelColumns')}</code>
        </p>
      </section>
      <section className="layout-card">
        <h3>{t('import.layouts.flatTitle')}</h3>
        <p className="small layout-text">{t('import.layouts.flatText')}</p>
        <p className="muted small layout-text">
          <code>{t('import.layouts.flatColumns')}</code>
          <br />
          {t('import.layouts.flatDefaults')}
        </p>
      </section>
    </div>
  );
}
