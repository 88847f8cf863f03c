import { getJobLevels } from './api/reference';
import { useApi } from './use-api';

export interface JobLevelNames {
  /** "administrator" → "Administrator"; empty while the names load; unknown codes stay as they are. */
  name: (code: string) => string;
  /** Reference order (JPT Utama … JF Pemula); unknown codes last. */
  compare: (a: string, b: string) => number;
}

/** Names and order of job level codes, from `/api/reference/job-levels`. */
export function useJobLevelNames(): JobLevelNames {
  const loaded = useApi('job-levels', getJobLevels).data?.items;
  const items = loaded ?? [];
  const index = (code: string) => {
    const found = items.findIndex((level) => level.code === code);
    return found === -1 ? items.length : found;
  };
  return {
    // Nothing until the names are in: a code ("ahli-pertama") is not for the reader's eyes.
    name: (code) => items.find((level) => level.code === code)?.name ?? (loaded ? code : ''),
    compare: (a, b) => index(a) - index(b) || a.localeCompare(b),
  };
}

/** The name of a job level code ("administrator" → "Administrator"); unknown codes stay as they are. */
export function useJobLevelName(): (code: string) => string {
  return useJobLevelNames().name;
}
