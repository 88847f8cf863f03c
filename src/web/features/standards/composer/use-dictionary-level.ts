import { useApi } from '../../../shared/use-api';
import { getDictionaryVersion } from '../../dictionaries/api';
import { type ComposerRow, dictionaryCopy, type LevelText } from './composer-row';

export interface DictionaryLevel {
  /** null while loading, when not found, or for a row never saved (no dictionary version known). */
  text: LevelText | null;
  loading: boolean;
  error: unknown;
}

/**
 * The dictionary text of a row's current level: the copy kept with the row when the level is the
 * saved one, otherwise the level as `GET /api/dictionary-versions/:id` gives it.
 */
export function useDictionaryLevel(row: ComposerRow): DictionaryLevel {
  const versionId = row.source?.dictionaryVersionId ?? null;
  const kept = row.source && row.requiredLevel === row.savedLevel ? row.source : null;
  const version = useApi(!kept && versionId ? `dictionary-version:${versionId}` : null, () =>
    getDictionaryVersion(versionId ?? ''),
  );
  if (kept) return { text: dictionaryCopy(kept), loading: false, error: null };
  const level = version.data?.entries
    .find((entry) => entry.id === row.competencyId)
    ?.levels.find((item) => item.level === row.requiredLevel);
  return {
    text: level
      ? { levelDescription: level.description, behaviourIndicators: level.behaviourIndicators }
      : null,
    loading: version.loading,
    error: version.error,
  };
}
