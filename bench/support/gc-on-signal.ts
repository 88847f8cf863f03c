/**
 * Preloaded into a server the imports benchmark starts (`node --expose-gc --import tsx --import
 * ./bench/support/gc-on-signal.ts src/main.ts`): SIGUSR2 runs a full garbage collection, so the
 * benchmark can tell memory still held from garbage not yet collected. Never part of the app.
 */
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
});
