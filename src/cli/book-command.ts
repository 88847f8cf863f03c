/**
 * `skj book AGENCY_CODE --format pdf|docx [--org-unit ID|CODE] --out FILE`: the book of standards
 * of an agency (or one org unit with its sub-units), built in place with progress (done/total)
 * and per-position failures printed. Audited as the nil user with `via: 'cli'`, like the
 * dictionary commands.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { findAgencyByCode, listOrgUnits } from '../db/repositories/agency-repository';
import { recordAudit } from '../db/repositories/audit-repository';
import { DomainError } from '../domain/errors';
import { type DocumentFormat, documentFormats } from '../services/document-formats';
import { generateBook } from '../services/generate-book';
import { openCliDatabase } from './support';

const cliUserId = '00000000-0000-0000-0000-000000000000';
const usage = 'Pemakaian: skj book KODE_INSTANSI --format pdf|docx [--org-unit ID_ATAU_KODE] --out BERKAS';

/** Exit code 1 when a position failed (the book is still written, without it). */
export async function bookCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { format: { type: 'string' }, 'org-unit': { type: 'string' }, out: { type: 'string' } },
  });
  const [agencyCode] = positionals;
  if (!agencyCode || positionals.length > 1) throw new DomainError('VALIDATION_FAILED', usage);
  const format = values.format as DocumentFormat | undefined;
  if (!format || !documentFormats.includes(format)) {
    throw new DomainError('VALIDATION_FAILED', `--format harus pdf atau docx. ${usage}`);
  }
  if (!values.out) throw new DomainError('VALIDATION_FAILED', `Opsi --out wajib diisi. ${usage}`);
  const opened = await openCliDatabase(loadConfig());
  try {
    const { db } = opened.database;
    const agency = await findAgencyByCode(db, agencyCode);
    if (!agency) throw new DomainError('AGENCY_NOT_FOUND', `Instansi ${agencyCode} tidak ditemukan.`);
    let orgUnitId: string | undefined;
    if (values['org-unit']) {
      const wanted = values['org-unit'];
      const unit = (await listOrgUnits(db, agency.id)).find((u) => u.id === wanted || u.code === wanted);
      if (!unit) {
        throw new DomainError(
          'ORG_UNIT_NOT_FOUND',
          `Unit organisasi ${wanted} tidak ditemukan pada instansi ${agencyCode}.`,
        );
      }
      orgUnitId = unit.id;
    }
    const tty = process.stdout.isTTY;
    let lastLine = 0;
    const result = await generateBook(db, agency, { format, orgUnitId }, (done, total, failure) => {
      if (failure) {
        if (tty) process.stdout.write('\n');
        console.error(`  GAGAL ${failure.item}: ${failure.message}`);
      }
      if (tty) process.stdout.write(`\rMenyusun buku: ${done}/${total} jabatan`);
      else if (done === total || done - lastLine >= Math.max(1, Math.ceil(total / 10))) {
        console.log(`Menyusun buku: ${done}/${total} jabatan`);
        lastLine = done;
      }
    });
    if (tty) process.stdout.write('\n');
    if (result.total === 0) {
      throw new DomainError('BOOK_EMPTY', 'Belum ada SKJ untuk jabatan pada cakupan ini; buku tidak dibuat.');
    }
    fs.writeFileSync(values.out, result.bytes);
    await recordAudit(db, {
      userId: cliUserId,
      agencyId: agency.id,
      entity: 'book',
      entityId: agency.id,
      action: 'generateBook',
      diff: { via: 'cli', format, orgUnitId: orgUnitId ?? null, positions: result.total, file: values.out },
    });
    console.log(
      `Buku ${format.toUpperCase()} ditulis ke ${values.out} (${result.bytes.length} bita): ` +
        `${result.total - result.failures.length}/${result.total} jabatan dimuat, ` +
        `${result.failures.length} gagal, ${result.withoutStandard} jabatan belum memiliki SKJ.`,
    );
    return result.failures.length > 0 ? 1 : 0;
  } finally {
    await opened.close();
  }
}
