import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import id from './id.json';

export type Language = 'id' | 'en';
export const LANGUAGE_STORAGE_KEY = 'skj.lang';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

function applyDocumentLanguage(lang: Language): void {
  document.documentElement.lang = lang;
  document.title = i18n.t('app.documentTitle');
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'id';
}

export async function setLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  await i18n.changeLanguage(lang);
  applyDocumentLanguage(lang);
}

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'id',
  supportedLngs: ['id', 'en'],
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
applyDocumentLanguage(currentLanguage());

export default i18n;
