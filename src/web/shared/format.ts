import { useTranslation } from 'react-i18next';

// Dates and numbers as the current UI language writes them ("7 Des 2026", "2,5", "57,1%").
function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

/** Formats an ISO timestamp for the current UI language; null and invalid dates become "—". */
export function useFormatDate(): (value: string | null | undefined) => string {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(locale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  return (value) => {
    if (!value) return t('common.none');
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? t('common.none') : format.format(date);
  };
}

/** A calendar date ("2026-06-01") without a time, read without time-zone shifts; bad input becomes "—". */
export function useFormatDay(): (value: string | null | undefined) => string {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(locale(i18n.language), { dateStyle: 'medium', timeZone: 'UTC' });
  return (value) => {
    if (!value) return t('common.none');
    const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? t('common.none') : format.format(date);
  };
}

/** A level or gap: "2,5" in Indonesian, "2.5" in English; at most 2 decimals. */
export function useFormatNumber(): (value: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(locale(i18n.language), { maximumFractionDigits: 2 });
  return (value) => format.format(value);
}

/** "57,1%" in Indonesian, "57.1%" in English: at most one decimal. */
export function useFormatPercent(): (value: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(locale(i18n.language), { maximumFractionDigits: 1 });
  return (value) => `${format.format(value)}%`;
}
