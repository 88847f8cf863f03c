import { useTranslation } from 'react-i18next';

/** "57,1%" in Indonesian, "57.1%" in English: at most one decimal. */
export function useFormatPercent(): (value: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    maximumFractionDigits: 1,
  });
  return (value) => `${format.format(value)}%`;
}
