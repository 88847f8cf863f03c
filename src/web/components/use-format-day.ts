import { useTranslation } from 'react-i18next';

/** A calendar date ("2026-06-01") for the current UI language, without a time; bad input becomes "—". */
export function useFormatDay(): (value: string | null | undefined) => string {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  return (value) => {
    if (!value) return t('common.none');
    const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? t('common.none') : format.format(date);
  };
}
