import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n';
import { Button, type ButtonVariant } from '../ui';

/** Shows "EN" while the UI is in Indonesian and "ID" while it is in English. */
export function LanguageToggle({ variant = 'ghost' }: { variant?: ButtonVariant }) {
  const { t } = useTranslation();
  return (
    <Button
      variant={variant}
      data-testid="language-toggle"
      aria-label={t('lang.toggleLabel')}
      title={t('lang.toggleLabel')}
      onClick={() => void setLanguage(currentLanguage() === 'id' ? 'en' : 'id')}
    >
      {t('lang.toggle')}
    </Button>
  );
}
