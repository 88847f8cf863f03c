import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
// The shell's texts only (the frame, the primitives, the login page): the build keeps just these
// groups of id.json in the shell's chunk. The rest comes with the first page (`loadPageTexts`).
import { app, common, errors, header, lang, login, nav, roles, routeError, session } from './id.json';

const shellTexts = { app, common, errors, header, lang, login, nav, roles, routeError, session };
export const shellTextGroups: readonly string[] = Object.keys(shellTexts);

export type Language = 'id' | 'en';
export const LANGUAGE_STORAGE_KEY = 'skj.lang';

/**
 * English is a chunk of its own, fetched when someone chooses it: most users read Indonesian, and
 * bundling both would double the texts of the first download.
 */
async function ensureLanguage(lang: Language): Promise<void> {
  if (lang === 'id' || i18n.hasResourceBundle(lang, 'translation')) return;
  const { default: texts } = await import('./en.json');
  i18n.addResourceBundle(lang, 'translation', texts);
}

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
  // Kept at once, so a page opened before the English texts arrive opens in English all the same.
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  await ensureLanguage(lang);
  await i18n.changeLanguage(lang);
  applyDocumentLanguage(lang);
}

let pageTexts: Promise<void> | null = null;

/**
 * Every Indonesian text, fetched once, with the first page's chunk (`shell/lazy-page.ts`): four
 * fifths of the texts belong to the pages, and the login page needs none of them. As a raw string,
 * so the build makes it a chunk of its own instead of merging it with the shell's groups.
 */
export function loadPageTexts(): Promise<void> {
  pageTexts ??= import('./id.json?raw').then(
    ({ default: raw }) => {
      i18n.addResourceBundle('id', 'translation', JSON.parse(raw), true, true);
    },
    (error: unknown) => {
      pageTexts = null; // the next page tries again
      throw error;
    },
  );
  return pageTexts;
}

void i18n.use(initReactI18next).init({
  resources: { id: { translation: shellTexts } },
  partialBundledLanguages: true,
  lng: 'id',
  fallbackLng: 'id',
  supportedLngs: ['id', 'en'],
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
applyDocumentLanguage('id');

/**
 * Settles once the stored language's texts are in (at once for Indonesian), so the first render is
 * already in that language. Should English not load, the UI stays Indonesian.
 */
export const languageReady: Promise<void> =
  storedLanguage() === 'en' ? setLanguage('en').catch(() => undefined) : Promise.resolve();

export default i18n;
