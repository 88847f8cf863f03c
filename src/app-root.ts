/**
 * The installation's root folder (the one holding SKJ's package.json): the migrations, the fonts,
 * the reference data and the build output are found from it. Searched upwards from this module
 * because the same code runs from `src/` (tsx, tests) and from the compiled `dist/server/`, at
 * different depths.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findAppRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const { name } = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string };
      if (name === 'skj') return dir;
    }
    if (dir === path.dirname(dir)) {
      throw new Error(`SKJ's package.json not found above ${from}`);
    }
  }
}

export const appRoot = findAppRoot(path.dirname(fileURLToPath(import.meta.url)));

/** Whether this code runs compiled (`dist/server`, `npm start`) rather than from the TypeScript sources. */
export const runsCompiled = !fileURLToPath(import.meta.url).endsWith('.ts');
