import { useTranslation } from 'react-i18next';

/** Formats an ISO timestamp for the current UI language; null and invalid dates become "—". */
export function useFormatDate(): (value: string | null | undefined) => string {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (value) => {
    if (!value) return t('common.none');
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? t('common.none') : format.format(date);
  };
}
