import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n';
import { Button, type ButtonVariant } from '../ui';

/**
 * Shows "EN" while the UI is in Indonesian and "ID" while it is in English. Its name starts with
 * what it shows ("EN — Switch to English"), so a voice user who says "EN" reaches it.
 */
export function LanguageToggle({ variant = 'ghost' }: { variant?: ButtonVariant }) {
  const { t } = useTranslation();
  return (
    <Button
      variant={variant}
      data-testid="language-toggle"
      aria-label={`${t('lang.toggle')} — ${t('lang.toggleLabel')}`}
      title={t('lang.toggleLabel')}
      onClick={() => void setLanguage(currentLanguage() === 'id' ? 'en' : 'id')}
    >
      {t('lang.toggle')}
    </Button>
  );
}
