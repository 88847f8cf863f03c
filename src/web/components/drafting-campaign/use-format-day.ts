import { useTranslation } from 'react-i18next';

/** "5 Jan 2026" from an ISO date (YYYY-MM-DD), read as a calendar day without time-zone shifts. */
export function useFormatDay(): (iso: string | null | undefined) => string {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  return (iso) => (iso ? format.format(new Date(`${iso}T00:00:00Z`)) : t('common.none'));
}
