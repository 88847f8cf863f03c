import { useTranslation } from 'react-i18next';

/** A level or gap for the current UI language: "2,5" in Indonesian, "2.5" in English; at most 2 decimals. */
export function useFormatNumber(): (value: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    maximumFractionDigits: 2,
  });
  return (value) => format.format(value);
}
