import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n';

/** Shows "EN" while the UI is in Indonesian and "ID" while it is in English. */
export function LanguageToggle({ className = 'button button-ghost' }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={className}
      data-testid="language-toggle"
      aria-label={t('lang.toggleLabel')}
      title={t('lang.toggleLabel')}
      onClick={() => void setLanguage(currentLanguage() === 'id' ? 'en' : 'id')}
    >
      {t('lang.toggle')}
    </button>
  );
}
