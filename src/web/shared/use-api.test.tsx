import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useApi } from './use-api';

describe('useApi', () => {
  it("settles a reload only once that reload's data is in the state", async () => {
    let calls = 0;
    let answer: (value: number) => void = () => {};
    const load = () => {
      calls++;
      return new Promise<number>((resolve) => {
        answer = resolve;
      });
    };
    const { result } = renderHook(() => useApi('k', load));
    await act(async () => answer(1));
    expect(result.current.data).toBe(1);
    let settled = false;
    let reloading: Promise<void> = Promise.resolve();
    await act(async () => {
      reloading = result.current.reload().then(() => {
        settled = true;
      });
    });
    expect(calls).toBe(2);
    // The reload's fetch has not answered: the old data shows, the reload is not settled.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(settled).toBe(false);
    expect(result.current.data).toBe(1);
    await act(async () => {
      answer(2);
      await reloading;
    });
    expect(settled).toBe(true);
    expect(result.current.data).toBe(2);
  });
});
