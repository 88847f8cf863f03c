/**
 * `npm run build` (after `vite build`): builds the start-up database snapshot under
 * dist/db-snapshot/ unless a current one is there (see src/db/snapshot.ts).
 */
import { buildSnapshot, defaultSnapshotDir } from '../src/db/snapshot';

const started = performance.now();
buildSnapshot(defaultSnapshotDir)
  .then((built) => {
    const ms = Math.round(performance.now() - started);
    console.log(
      built
        ? `snapshot basis data awal dibuat (${ms} ms): ${defaultSnapshotDir}`
        : `snapshot basis data awal masih berlaku: ${defaultSnapshotDir}`,
    );
  })
  .catch((error) => {
    // Not fatal: without a snapshot the first start takes the normal (slower) path.
    console.warn('snapshot basis data awal tidak dapat dibuat:', error);
  });
