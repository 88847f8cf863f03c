/**
 * Blank templates of the table imports (`GET /api/imports/<kind>/template.xlsx`) and the import of
 * an agency's existing position map (`POST /api/imports/position-map`, a background job followed
 * at `GET /api/jobs/:id`).
 */
import { assertCanImportPositionMap, startPositionMapImport } from '../../services/import-position-map';
import { importTemplate, importTemplateKinds } from '../../services/import-templates';
import { startedJob } from '../documents/schema';
import { fileDownload, receiveUploadFile, xlsxType } from '../files';
import type { Router } from '../route';

const templateTitles: Record<(typeof importTemplateKinds)[number], { operationId: string; what: string }> = {
  'civil-servants': { operationId: 'downloadCivilServantImportTemplate', what: 'pegawai' },
  assessments: { operationId: 'downloadAssessmentImportTemplate', what: 'hasil asesmen' },
  potential: { operationId: 'downloadPotentialImportTemplate', what: 'hasil penilaian potensial' },
  'position-map': { operationId: 'downloadPositionMapImportTemplate', what: 'peta jabatan' },
  'job-description-tasks': { operationId: 'downloadTaskImportTemplate', what: 'uraian tugas' },
  'technical-dictionary': {
    operationId: 'downloadDictionaryImportTemplate',
    what: 'kamus kompetensi teknis (format datar)',
  },
};

export function registerImportRoutes(router: Router) {
  const { jobs } = router.deps;
  for (const kind of importTemplateKinds) {
    const { operationId, what } = templateTitles[kind];
    router.route({
      method: 'get',
      path: `/api/imports/${kind}/template.xlsx`,
      operationId,
      summary: `Unduh templat impor ${what} (.xlsx): baris judul kolom, satu contoh, dan lembar Petunjuk`,
      tag: 'Impor',
      produces: xlsxType,
      errors: [],
      handler: async () => fileDownload({ ...(await importTemplate(kind)), contentType: xlsxType }),
    });
  }
  router.route({
    method: 'post',
    path: '/api/imports/position-map',
    operationId: 'startPositionMapImport',
    summary:
      'Mulai impor peta jabatan instansi (.xlsx/.csv: unit, nama jabatan, jenis, jenjang, kelas jabatan, B, K, kode) sebagai pekerjaan latar; semua atau tidak sama sekali, laporan per baris di /api/jobs/:id',
    tag: 'Organisasi',
    multipart: { file: 'Berkas .xlsx (maks. 10 MB) atau .csv' },
    response: startedJob,
    successStatus: 202,
    errors: ['EMPTY_FILE', 'JOB_QUEUE_FULL'],
    handler: async ({ c, ctx }) => {
      // Refused before a byte of the file is stored.
      assertCanImportPositionMap(ctx);
      const upload = await receiveUploadFile(
        c,
        jobs.files,
        'Unggahan harus berisi kolom "file" (.xlsx atau .csv).',
      );
      return startPositionMapImport(ctx, jobs, upload);
    },
  });
}
