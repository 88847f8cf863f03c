/**
 * Writes the API's OpenAPI document without starting a server or opening a database. Used by
 * `npm run api:check` (Redocly lint, then a TypeScript client generated from the document must
 * compile).   tsx scripts/openapi.ts [OUT.json]
 */
import fs from 'node:fs';
import path from 'node:path';
import { standaloneRegistry } from '../src/api/standalone-registry';
import { setIndonesianValidationMessages } from '../src/i18n-errors';

const out = path.resolve(process.argv[2] ?? '.tmp/openapi.json');
setIndonesianValidationMessages();
const registry = standaloneRegistry();
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(registry.document(), null, 2)}\n`);
console.log(`OpenAPI: ${registry.list().length} operations → ${path.relative(process.cwd(), out)}`);
