/**
 * `skj dictionary import|export`: the same services as the API, acting as the CLI operator.
 * The operator is audited as the nil user with `via: 'cli'` in the entry (there is no login).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../config';
import type { Db } from '../db/client';
import { findAgencyByCode } from '../db/repositories/agency-repository';
import { competencyDictionaries, dictionaryVersions } from '../db/schema';
import type { Actor } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { type CompetencyGroup, competencyGroups } from '../domain/technical-dictionary';
import { createTechnicalDictionary } from '../services/compose-technical-dictionary';
import { exportDictionaryXlsx, importDictionaryXlsx } from '../services/exchange-dictionary-xlsx';
import { openCliDatabase } from './support';

const cliUserId = '00000000-0000-0000-0000-000000000000';

export async function dictionaryImport(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      agency: { type: 'string' },
      dictionary: { type: 'string' },
      name: { type: 'string' },
      affair: { type: 'string' },
      group: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1)
    throw new DomainError('VALIDATION_FAILED', 'Berikan tepat satu BERKAS .xlsx.');
  if (!values.agency)
    throw new DomainError('VALIDATION_FAILED', 'Opsi --agency wajib diisi (kode instansi).');
  if (values.group && !competencyGroups.includes(values.group as CompetencyGroup)) {
    throw new DomainError('VALIDATION_FAILED', '--group harus generic atau specific.');
  }
  if (!fs.existsSync(file)) throw new DomainError('FILE_NOT_FOUND', `Berkas ${file} tidak ditemukan.`);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const opened = await openCliDatabase(loadConfig());
  try {
    const { db } = opened.database;
    const agency = await findAgencyByCode(db, values.agency);
    if (!agency) throw new DomainError('AGENCY_NOT_FOUND', `Instansi ${values.agency} tidak ditemukan.`);
    const actor: Actor = { userId: cliUserId, username: 'cli', role: 'admin', agencyId: agency.id };
    const code =
      values.dictionary ??
      `KAMUS-${path
        .basename(file, path.extname(file))
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '-')}`;
    const dictionaryId = await findOrCreateDictionary(db, actor, code, values.name ?? `Kamus ${code}`);
    const result = await importDictionaryXlsx({ db, actor }, dictionaryId, bytes, {
      defaultGovernmentAffair: values.affair,
      defaultGroup: values.group as CompetencyGroup | undefined,
      fileName: path.basename(file),
    });
    console.log(
      `${result.imported} kompetensi diimpor (format ${result.format}) ke kamus ${code}, versi draf ${result.versionId}.`,
    );
  } catch (error) {
    if (error instanceof DomainError && error.code === 'IMPORT_REJECTED') {
      console.error(error.message);
      const problems = (
        error.details as {
          problems: { sheet: string; row: number; column: string | null; message: string }[];
        }
      ).problems;
      for (const p of problems)
        console.error(`  ${p.sheet} baris ${p.row}${p.column ? `, kolom ${p.column}` : ''}: ${p.message}`);
      throw new DomainError('IMPORT_REJECTED', `${problems.length} masalah; tidak ada yang disimpan.`);
    }
    throw error;
  } finally {
    await opened.close();
  }
}

async function findOrCreateDictionary(db: Db, actor: Actor, code: string, name: string): Promise<string> {
  const [existing] = await db
    .select({ id: competencyDictionaries.id, agencyId: competencyDictionaries.agencyId })
    .from(competencyDictionaries)
    .where(eq(competencyDictionaries.code, code));
  if (existing) {
    if (existing.agencyId !== actor.agencyId) {
      throw new DomainError('FORBIDDEN', `Kamus ${code} milik instansi lain.`);
    }
    return existing.id;
  }
  return (await createTechnicalDictionary({ db, actor }, { code, name })).dictionaryId;
}

export async function dictionaryExport(args: string[]) {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
  const [id, file] = positionals;
  if (!id || !file || positionals.length > 2) {
    throw new DomainError('VALIDATION_FAILED', 'Pemakaian: skj dictionary export ID BERKAS.xlsx');
  }
  const opened = await openCliDatabase(loadConfig());
  try {
    const { db } = opened.database;
    const versionId = await resolveVersion(db, id);
    // A national reader: the CLI operator has the database itself.
    const actor: Actor = { userId: cliUserId, username: 'cli', role: 'superadmin', agencyId: null };
    const { bytes } = await exportDictionaryXlsx({ db, actor }, versionId);
    fs.writeFileSync(file, bytes);
    console.log(`Kamus diekspor ke ${file} (${bytes.length} bita).`);
  } finally {
    await opened.close();
  }
}

async function resolveVersion(db: Db, id: string): Promise<string> {
  if (/^[0-9a-f-]{36}$/i.test(id)) {
    const [version] = await db
      .select({ id: dictionaryVersions.id })
      .from(dictionaryVersions)
      .where(eq(dictionaryVersions.id, id));
    if (version) return version.id;
  }
  const [dictionary] = await db
    .select({ id: competencyDictionaries.id })
    .from(competencyDictionaries)
    .where(eq(competencyDictionaries.code, id));
  if (!dictionary) throw new DomainError('DICTIONARY_NOT_FOUND', `Kamus atau versi ${id} tidak ditemukan.`);
  const versions = await db
    .select({ id: dictionaryVersions.id, version: dictionaryVersions.version })
    .from(dictionaryVersions)
    .where(eq(dictionaryVersions.dictionaryId, dictionary.id));
  return versions.sort((a, b) => b.version - a.version)[0]!.id;
}
