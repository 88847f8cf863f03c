import { useState } from 'react';
import { ApiError } from './api/request';

export interface DraftingCampaignAction {
  busy: boolean;
  error: unknown;
  /** Runs one API call; on success calls `onDone` (usually: reload the drafting campaign). */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  /** Server validation messages for one field. */
  errorsFor: (path: string) => string[];
}

/** Busy and error state of one form or button of the drafting campaign pages. */
export function useDraftingCampaignAction(onDone: () => void): DraftingCampaignAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const issues = error instanceof ApiError ? error.issues : [];
  return {
    busy,
    error,
    errorsFor: (path) => issues.filter((issue) => issue.path === path).map((issue) => issue.message),
    async run(action) {
      setBusy(true);
      setError(null);
      try {
        await action();
        onDone();
        return true;
      } catch (err) {
        setError(err);
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}
