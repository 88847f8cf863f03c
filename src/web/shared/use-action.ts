import { useState } from 'react';
import { messagesFor } from './api/request';

export interface ActionState {
  busy: boolean;
  error: unknown;
  /** Runs one API call; on success calls `onDone` (usually: reload what the page shows). */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  /** Server validation messages for one field. */
  errorsFor: (path: string) => string[];
}

/** Busy and error state of one form or button that changes something on the server. */
export function useAction(onDone: () => void): ActionState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return {
    busy,
    error,
    errorsFor: (path) => messagesFor(error, path),
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
