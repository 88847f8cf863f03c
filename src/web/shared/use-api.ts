import { useCallback, useEffect, useRef, useState } from 'react';

export interface ApiState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
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
  const requestKey = key === null ? null : `${version}:${key}`;

  useEffect(() => {
    if (requestKey === null) return;
    const baseKey = requestKey.slice(requestKey.indexOf(':') + 1);
    let cancelled = false;
    setState((previous) =>
      previous.key === baseKey
        ? { ...previous, error: null, loading: true }
        : { key: baseKey, data: null, error: null, loading: true },
    );
    loadRef.current().then(
      (data) => {
        if (!cancelled) setState({ key: baseKey, data, error: null, loading: false });
      },
      (error: unknown) => {
        if (!cancelled) setState({ key: baseKey, data: null, error, loading: false });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [requestKey]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  if (key === null) return { data: null, error: null, loading: false, reload };
  if (state.key !== key) return { data: null, error: null, loading: true, reload };
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
