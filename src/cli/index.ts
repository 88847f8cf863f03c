/**
 * The `skj` command. Commands that touch the data go through the same data dir lock as the server
 * (PGlite) or straight to PostgreSQL (DATABASE_URL).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { DomainError } from '../domain/errors';
import { bootstrapSuperadmin } from '../services/bootstrap-superadmin';
import { bookCommand } from './book-command';
import { citusPlanCommand } from './citus-command';
import { dictionaryExport, dictionaryImport } from './dictionary-commands';
import { evaluateCommand } from './evaluate-command';
import { backupCommand, exportSqlCommand, restoreCommand } from './operations-commands';
import { standardsCheck } from './standards-commands';
import { openCliDatabase, readSecret } from './support';

const usage = `Pemakaian: skj <perintah> [opsi]

Perintah:
  migrate                              Terapkan migrasi dan data referensi ke basis data.
  create-superadmin --username NAMA    Buat superadmin pertama. Kata sandi dari SKJ_ADMIN_PASSWORD
      [--full-name "Nama Lengkap"]     atau ditanyakan di terminal.
  dictionary import BERKAS --agency KODE_INSTANSI [--dictionary KODE_KAMUS] [--name "Nama Kamus"]
      [--affair "Urusan bawaan"] [--group generic|specific]
                                       Impor Excel (format SKJ atau datar) ke draf kamus teknis
                                       instansi; kamus dibuat bila belum ada. Semua atau tidak sama
                                       sekali: baris bermasalah dilaporkan, tidak ada yang disimpan.
  dictionary export ID BERKAS          Ekspor kamus (kode kamus atau ID versi) ke .xlsx: versi
                                       terbaru bila yang diberikan kode kamus.
  standards check KODE_INSTANSI        Periksa semua SKJ instansi dengan mesin aturan; kode keluar 1
                                       bila ada galat.
  book KODE_INSTANSI --format pdf|docx --out BERKAS [--org-unit ID_ATAU_KODE]
                                       Buku SKJ instansi (atau satu unit beserta sub-unitnya): sampul,
                                       daftar isi, satu bagian per jabatan. Menampilkan kemajuan;
                                       kode keluar 1 bila ada jabatan yang gagal dimuat.
  evaluate BERKAS.json                 Hitung nilai dan kelas jabatan dari JSON tingkat faktor:
                                       { "kind": "structural"|"functional", "levels": { "1": "1-3" } }
  backup --out BERKAS                  Cadangkan basis data tertanam ke BERKAS (.tar.gz) saat server
                                       berhenti. Saat server berjalan: POST /api/admin/backups atau
                                       jadwal SKJ_BACKUP_DIR.
  restore BERKAS --data-dir DIREKTORI  Pulihkan cadangan ke direktori data yang kosong; jumlah baris
                                       setiap tabel diperiksa; sesi masuk tidak ikut.
  export-sql --out BERKAS.sql [--from-backup BERKAS]
                                       Ekspor SQL (pg_dump PGlite) untuk dimuat ke PostgreSQL 15+
                                       dengan psql; dari data dir (server berhenti) atau dari cadangan.
  citus-plan                           Cetak rencana distribusi Citus untuk skema saat ini (tabel
                                       referensi, tabel koordinator, tabel terdistribusi menurut
                                       agency_id) beserta aturan yang belum dipenuhi (ADR 0023).
  help                                 Tampilkan bantuan ini.

Basis data: PGlite di SKJ_DATA_DIR (bawaan ./data), atau PostgreSQL bila DATABASE_URL diisi.
Server yang sedang berjalan mengunci direktori data: hentikan dulu, atau gunakan API.`;

type Command = (args: string[]) => Promise<void | number>;

const commands: Record<string, Command> = {
  async migrate() {
    const opened = await openCliDatabase(loadConfig());
    await opened.close();
    console.log('Migrasi dan data referensi sudah diterapkan.');
  },

  async 'create-superadmin'(args) {
    const { values } = parseArgs({
      args,
      options: { username: { type: 'string' }, 'full-name': { type: 'string' } },
      strict: true,
    });
    if (!values.username) throw new DomainError('VALIDATION_FAILED', 'Opsi --username wajib diisi.');
    const password = process.env.SKJ_ADMIN_PASSWORD ?? (await readSecret('Kata sandi superadmin: '));
    const opened = await openCliDatabase(loadConfig());
    try {
      const user = await bootstrapSuperadmin(opened.database.db, {
        username: values.username,
        fullName: values['full-name'] ?? 'Superadmin',
        password,
      });
      console.log(`Superadmin ${user.username} dibuat.`);
    } finally {
      await opened.close();
    }
  },

  async dictionary(args) {
    const [sub, ...rest] = args;
    if (sub === 'import') return dictionaryImport(rest);
    if (sub === 'export') return dictionaryExport(rest);
    throw new DomainError(
      'VALIDATION_FAILED',
      `Sub-perintah dictionary tidak dikenal: ${sub ?? '(kosong)'}. Gunakan import atau export.`,
    );
  },

  async standards(args) {
    const [sub, ...rest] = args;
    if (sub === 'check') return standardsCheck(rest);
    throw new DomainError(
      'VALIDATION_FAILED',
      `Sub-perintah standards tidak dikenal: ${sub ?? '(kosong)'}. Gunakan check.`,
    );
  },

  evaluate: evaluateCommand,

  async book(args) {
    return bookCommand(args);
  },

  backup: backupCommand,
  restore: restoreCommand,
  'export-sql': exportSqlCommand,
  'citus-plan': citusPlanCommand,

  async help() {
    console.log(usage);
  },
};

export async function runCli(argv: string[]): Promise<number> {
  const [name = 'help', ...rest] = argv;
  const command = commands[name];
  if (!command) {
    console.error(`Perintah tidak dikenal: ${name}\n\n${usage}`);
    return 2;
  }
  try {
    return (await command(rest)) ?? 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`Galat (${error.code}): ${error.message}`);
      return 1;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`Opsi tidak valid: ${error.message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}

runCli(process.argv.slice(2)).then((code) => process.exit(code));
