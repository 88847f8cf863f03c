import { useCallback, useEffect, useRef, useState } from 'react';

export interface ApiState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  /** Loads again; settles once the data (or error) of this reload or a later one is in the state. */
  reload: () => Promise<void>;
}

interface Loaded<T> {
  key: string | null;
  data: T | null;
  error: unknown;
  loading: boolean;
}

/**
 * Loads data once per `key` (null: load nothing) and again on `reload()`. The loader may change
 * between renders; only the key decides when to fetch. Data of an earlier key is never returned,
 * while a reload of the same key keeps showing the current data until the new data arrives.
 */
export function useApi<T>(key: string | null, load: () => Promise<T>): ApiState<T> {
  const loadRef = useRef(load);
  loadRef.current = load;
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<Loaded<T>>({ key: null, data: null, error: null, loading: false });
  /** Reloads asked for, by the version whose load answers them. */
  const waiting = useRef<{ version: number; settle: () => void }[]>([]);
  const requestKey = key === null ? null : `${version}:${key}`;

  useEffect(() => {
    if (requestKey === null) return;
    const baseKey = requestKey.slice(requestKey.indexOf(':') + 1);
    const loaded = Number(requestKey.slice(0, requestKey.indexOf(':')));
    const settleWaiting = () => {
      const answered = waiting.current.filter((w) => w.version <= loaded);
      waiting.current = waiting.current.filter((w) => w.version > loaded);
      for (const w of answered) w.settle();
    };
    let cancelled = false;
    setState((previous) =>
      previous.key === baseKey
        ? { ...previous, error: null, loading: true }
        : { key: baseKey, data: null, error: null, loading: true },
    );
    loadRef.current().then(
      (data) => {
        if (cancelled) return;
        setState({ key: baseKey, data, error: null, loading: false });
        settleWaiting();
      },
      (error: unknown) => {
        if (cancelled) return;
        setState({ key: baseKey, data: null, error, loading: false });
        settleWaiting();
      },
    );
    return () => {
      cancelled = true;
    };
  }, [requestKey]);

  const reload = useCallback(
    () =>
      new Promise<void>((settle) => {
        setVersion((v) => {
          waiting.current.push({ version: v + 1, settle });
          return v + 1;
        });
      }),
    [],
  );
  if (key === null) return { data: null, error: null, loading: false, reload };
  if (state.key !== key) return { data: null, error: null, loading: true, reload };
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
