import { useTranslation } from 'react-i18next';
import { getProficiencyLevels } from './api/reference';
import { useApi } from './use-api';

/** "Level 3 — Mampu" style titles, with the proficiency names of `/api/reference/proficiency-levels`. */
export function useLevelTitle(): (level: number) => string {
  const { t, i18n } = useTranslation();
  const proficiency = useApi('proficiency-levels', getProficiencyLevels);
  return (level) => {
    const named = proficiency.data?.items.find((item) => item.level === level);
    if (!named) return t('dictionary.levelLabel', { level });
    const name = i18n.language === 'en' ? named.name : named.nameId;
    return t('dictionary.levelWithName', { level, name });
  };
}
