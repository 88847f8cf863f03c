/**
 * Standards brought in from Word (`POST /api/agencies/:id/job-standard-documents/import`): the
 * app's own DOCX round-trips, a document laid out differently (merged cells, other column order,
 * levels in words, a competency in no dictionary) is read, bad files are refused with nothing
 * written, and the rules of composing hold (ratified never changed, another agency refused).
 */
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, jobStandards } from '../src/db/schema';
import { cont, documentXml, p, restart, span, tbl, tc, tr, w } from './support/docx-xml';
import { type Ministry, ministryWithRatifiedStandard } from './support/ratified-standard';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let ministry: Ministry;
let other: Ministry;
let ratifiedDocx: Uint8Array;

const importPath = (agencyId: string) => `/api/agencies/${agencyId}/job-standard-documents/import`;
const blob = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]);

interface Row {
  code: string;
  name: string;
  kind: string;
  requiredLevel: number;
  importance: string | null;
  levelDescription: string;
  behaviourIndicators: string[];
}

async function contentOf(client: Ministry['drafter'], id: string) {
  const body = (await client.get(`/api/job-standards/${id}`)).body;
  return body as {
    standard: { status: string; version: number };
    content: { competencies: Row[]; requirements: unknown; identity: { summary: string } };
  };
}

const comparable = (rows: Row[]) =>
  rows.map((r) => [
    r.kind,
    r.code,
    r.name,
    r.requiredLevel,
    r.importance,
    r.levelDescription,
    r.behaviourIndicators,
  ]);

beforeAll(async () => {
  server = await startTestServer();
  ministry = await ministryWithRatifiedStandard(server);
  other = await ministryWithRatifiedStandard(server, 'KEMEN-LAIN');
  const download = await ministry.drafter.download(`/api/job-standards/${ministry.standardId}/document.docx`);
  expect(download.status).toBe(200);
  ratifiedDocx = download.bytes;
}, 120_000);
afterAll(() => server?.close());

describe('round trip of the app’s own DOCX', () => {
  it('into a second position of the agency (chosen by the user): the same competencies, levels and requirements', async () => {
    const position = await ministry.drafter.post('/api/positions', {
      name: 'Kepala Bidang Kompetensi Kedua',
      positionGroup: 'administrative',
      jobLevel: 'administrator',
      orgUnitId: ministry.orgUnitId,
    });
    expect(position.status).toBe(201);
    const positionId = position.body.position.id as string;
    const response = await ministry.drafter.uploadFiles(
      importPath(ministry.agencyId),
      [{ fileName: 'SKJ Kepala Bidang.docx', body: blob(ratifiedDocx) }],
      { positionId },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ created: 1, replaced: 0, revised: 0 });
    const [report] = response.body.documents;
    expect(report).toMatchObject({
      outcome: 'created',
      position: { id: positionId, matchedBy: 'chosen' },
      standard: { version: 1 },
      unmatched: [],
    });
    expect(report.matched).toHaveLength(15);
    const source = await contentOf(ministry.drafter, ministry.standardId);
    const imported = await contentOf(ministry.drafter, report.standard.id);
    expect(imported.standard).toMatchObject({ status: 'draft', version: 1 });
    expect(comparable(imported.content.competencies)).toEqual(comparable(source.content.competencies));
    expect(imported.content.requirements).toEqual(source.content.requirements);
    expect(imported.content.identity.summary).toBe(source.content.identity.summary);
    const audit = await server.count(auditLog);
    expect(audit).toBeGreaterThan(0);
  });

  it('into another agency by the position name: its ratified standard is not changed, a revision draft is opened', async () => {
    const response = await other.drafter.uploadFiles(importPath(other.agencyId), [
      { fileName: 'dari-kementerian-contoh.docx', body: blob(ratifiedDocx) },
    ]);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const [report] = response.body.documents;
    expect(report).toMatchObject({
      outcome: 'revised',
      position: { id: other.positionId, matchedBy: 'name' },
      standard: { version: 2 },
    });
    expect(report.message).toContain('tidak diubah');
    const ratified = await contentOf(other.drafter, other.standardId);
    expect(ratified.standard).toMatchObject({ status: 'ratified', version: 1 });
    const source = await contentOf(ministry.drafter, ministry.standardId);
    const revision = await contentOf(other.drafter, report.standard.id);
    expect(revision.standard).toMatchObject({ status: 'draft', version: 2 });
    expect(comparable(revision.content.competencies)).toEqual(comparable(source.content.competencies));
    expect(revision.content.requirements).toEqual(source.content.requirements);
    // The technical rows come from the agency's own dictionary, never from the other agency's.
    const idOf = (row: Row) => (row as unknown as { competencyId: string }).competencyId;
    const technical = (rows: Row[]) => rows.filter((r) => r.kind === 'technical').map(idOf);
    expect(technical(revision.content.competencies)).toHaveLength(6);
    for (const id of technical(revision.content.competencies))
      expect(technical(source.content.competencies)).not.toContain(id);
    // Imported again: the open revision draft's content is replaced, still version 2.
    const again = await other.drafter.uploadFiles(importPath(other.agencyId), [
      { fileName: 'lagi.docx', body: blob(ratifiedDocx) },
    ]);
    expect(again.body).toMatchObject({
      replaced: 1,
      documents: [{ outcome: 'replaced', standard: { id: report.standard.id, version: 2 } }],
    });
  });

  it('a standard in review is not touched: STANDARD_IN_REVIEW, nothing written', async () => {
    const positions = (await other.drafter.get(`/api/agencies/${other.agencyId}/positions`)).body.items;
    const draftId = positions.find((p: { id: string }) => p.id === other.positionId).latestStandard
      .id as string;
    const submitted = await other.drafter.post(`/api/job-standards/${draftId}/transitions`, {
      action: 'submit',
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const before = [await server.count(jobStandards), await server.count(auditLog)];
    const response = await other.drafter.uploadFiles(importPath(other.agencyId), [
      { fileName: 'saat-verifikasi.docx', body: blob(ratifiedDocx) },
    ]);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('STANDARD_IN_REVIEW');
    expect(response.body.error.details.documents[0]).toMatchObject({ outcome: 'rejected', standard: null });
    expect([await server.count(jobStandards), await server.count(auditLog)]).toEqual(before);
    expect((await contentOf(other.drafter, draftId)).standard.status).toBe('submitted');
  });

  it('is refused for another agency, which is not even told the agency exists (nothing written)', async () => {
    const before = await server.count(jobStandards);
    const response = await other.drafter.uploadFiles(importPath(ministry.agencyId), [
      { fileName: 'x.docx', body: blob(ratifiedDocx) },
    ]);
    expect(response.status).toBe(404);
    expect(await server.count(jobStandards)).toBe(before);
  });
});

// A document.xml written by hand, as a consultant's Word file would be.

function consultantDocumentXml() {
  const identity = tbl(
    tr(tc(p(w('Nama '), w('Jabatan'))), tc(p(w('Kepala Subbagian Kepegawaian')))),
    tr(tc(p(w('Kode Jabatan'))), tc(p(w('-')))),
    tr(tc(p(w('Jenjang'))), tc(p(w('Pengawas')))),
    tr(tc(p(w('Unit Kerja'))), tc(p(w('Biro Sumber Daya Manusia')))),
    tr(tc(p(w('Ikhtisar Jabatan'))), tc(p(w('Mengelola administrasi '), w('kepegawaian biro.')))),
  );
  // No | Jenis Kompetensi | Kompetensi | Deskripsi | Level | Indikator Perilaku, with the kind
  // merged down, a name merged over two rows, levels in words.
  const competencies = tbl(
    tr(
      tc(p(w('No'))),
      tc(p(w('Jenis Kompetensi'))),
      tc(p(w('Kompetensi'))),
      tc(p(w('Deskripsi'))),
      tc(p(w('Level'))),
      tc(p(w('Indikator Perilaku'))),
    ),
    tr(
      tc(p(w('1'))),
      tc(p(w('Manajerial')), restart),
      tc(p(w('Integritas'))),
      tc(p(w('Mampu mengingatkan rekan kerja.'))),
      tc(p(w('Level III'))),
      tc(p(w('1. Mengingatkan rekan.')) + p(w('2. Menjadi teladan.'))),
    ),
    tr(
      tc(p(w('2'))),
      tc('', cont),
      tc(p(w('Kerja'), w('sama')), restart),
      tc(p(w('Membangun kerja sama.'))),
      tc(p(w('tiga'))),
      tc(p(w('Melibatkan anggota tim.'))),
    ),
    tr(
      tc(p(w(''))),
      tc('', cont),
      tc('', cont),
      tc(p(w(''))),
      tc(p(w(''))),
      tc(p(w('Menghargai pendapat.'))),
    ),
    tr(
      tc(p(w('3'))),
      tc(p(w('Sosial Kultural'))),
      tc(p(w('Perekat Bangsa'))),
      tc(p(w('Mempromosikan sikap toleransi.'))),
      tc(p(w('Menengah'))),
      tc(p(w('Mendorong saling menghargai.'))),
    ),
    tr(tc(p(w('C. Kompetensi Teknis')), span(6))),
    tr(
      tc(p(w('4'))),
      tc(p(w(''))),
      tc(p(w('KEP.03 Manajemen SDM'))),
      tc(p(w('Mampu menerapkan manajemen SDM.'))),
      tc(p(w('2'))),
      tc(p(w('Menyusun rencana kebutuhan pegawai.'))),
    ),
    tr(
      tc(p(w('5'))),
      tc(p(w('Teknis'))),
      tc(p(w('Manajemen Drone Perkotaan'))),
      tc(p(w('Menerbangkan drone.'))),
      tc(p(w('Level 2'))),
      tc(p(w('Memetakan kota.'))),
    ),
    tr(
      tc(p(w('6'))),
      tc(p(w('Teknis'))),
      tc(p(w('Pengembangan Kompetensi'))),
      tc(p(w('Mengembangkan pegawai.'))),
      tc(p(w('tinggi'))),
      tc(p(w('Menyusun rencana.'))),
    ),
  );
  // Jenis Persyaratan | Uraian (label + text) | Tingkat Pentingnya as words.
  const requirements = tbl(
    tr(tc(p(w('Jenis Persyaratan'))), tc(p(w('Uraian')), span(2)), tc(p(w('Tingkat Pentingnya')))),
    tr(tc(p(w('Pendidikan')), restart), tc(p(w('Jenjang'))), tc(p(w('S1 / D-IV'))), tc(p(w('Mutlak')))),
    tr(tc('', cont), tc(p(w('Bidang Ilmu'))), tc(p(w('Manajemen; Psikologi'))), tc(p(w('Penting')))),
    tr(
      tc(p(w('Pelatihan'))),
      tc(p(w('Teknis'))),
      tc(p(w('Analisis Jabatan')) + p(w('Manajemen ASN'))),
      tc(p(w('Perlu'))),
    ),
    tr(
      tc(p(w('Pengalaman Kerja'))),
      tc(p(w('Pelaksana bidang kepegawaian, minimal 3 tahun')), span(2)),
      tc(p(w('Penting'))),
    ),
    tr(tc(p(w('Pangkat'))), tc(p(w('Penata Tk. I (III/d)')), span(2)), tc(p(w('Mutlak')))),
    tr(
      tc(p(w('Indikator Kinerja Jabatan'))),
      tc(p(w('Ketepatan waktu layanan kepegawaian')), span(2)),
      tc(p(w('Mutlak'))),
    ),
  );
  const signature = tbl(tr(tc(p(w('Ditetapkan di Jakarta'))), tc(p(w('Kepala Biro')))));
  return documentXml(
    p(w('KEMENTERIAN CONTOH')),
    p(w('STANDAR KOMPETENSI JABATAN')),
    identity,
    p(w('II. STANDAR KOMPETENSI')),
    competencies,
    p(w('III. PERSYARATAN JABATAN')),
    requirements,
    p(w('Ditetapkan oleh')),
    signature,
  );
}

const zip = (entries: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, strToU8(text)])));

describe('a document laid out differently', () => {
  it('reads merged cells, another column order and levels in words; reports what matched no dictionary', async () => {
    const position = await ministry.drafter.post('/api/positions', {
      name: 'Kepala Subbagian Kepegawaian',
      positionGroup: 'administrative',
      jobLevel: 'pengawas',
      orgUnitId: ministry.orgUnitId,
    });
    expect(position.status).toBe(201);
    const docx = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': consultantDocumentXml() });
    const response = await ministry.drafter.uploadFiles(importPath(ministry.agencyId), [
      { fileName: 'SKJ Kasubbag Kepegawaian (konsultan).docx', body: blob(docx) },
    ]);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const [report] = response.body.documents;
    expect(report).toMatchObject({
      outcome: 'created',
      position: { id: position.body.position.id, matchedBy: 'name' },
      documentPositionName: 'Kepala Subbagian Kepegawaian',
    });
    expect(
      report.matched.map((m: { competencyName: string; level: number; matchedBy: string }) => [
        m.competencyName,
        m.level,
        m.matchedBy,
      ]),
    ).toEqual([
      ['Integritas', 3, 'name'],
      ['Kerja Sama', 3, 'name'],
      ['Perekat Bangsa', 3, 'name'],
      ['Manajemen SDM', 2, 'code'],
    ]);
    expect(
      report.unmatched.map((u: { name: string; reason: string; levelText: string }) => [
        u.name,
        u.reason,
        u.levelText,
      ]),
    ).toEqual([
      ['Manajemen Drone Perkotaan', 'UNKNOWN_COMPETENCY', 'Level 2'],
      ['Pengembangan Kompetensi', 'LEVEL_UNREADABLE', 'tinggi'],
    ]);
    expect(report.unmatched[0].message).toContain('Manajemen Drone Perkotaan');
    const draft = await contentOf(ministry.drafter, report.standard.id);
    const rows = draft.content.competencies;
    expect(rows.map((r) => r.name)).toEqual(['Integritas', 'Kerja Sama', 'Perekat Bangsa', 'Manajemen SDM']);
    // The name merged over two rows keeps both rows' indicators; numbering is dropped.
    expect(rows[1]!.behaviourIndicators).toEqual(['Melibatkan anggota tim.', 'Menghargai pendapat.']);
    expect(rows[0]!.behaviourIndicators).toEqual(['Mengingatkan rekan.', 'Menjadi teladan.']);
    expect(rows[3]).toMatchObject({
      kind: 'technical',
      importance: 'essential',
      levelDescription: 'Mampu menerapkan manajemen SDM.',
    });
    expect(draft.content.requirements).toEqual({
      education: {
        levels: ['S-1', 'D-IV'],
        fieldsOfStudy: ['Manajemen', 'Psikologi'],
        importance: 'essential',
      },
      training: {
        managerial: [],
        technical: [
          { name: 'Analisis Jabatan', importance: 'important' },
          { name: 'Manajemen ASN', importance: 'important' },
        ],
        functional: [],
      },
      experience: { description: 'Pelaksana bidang kepegawaian', years: 3, importance: 'veryImportant' },
      rank: { minGrade: 'III/d', importance: 'essential' },
      performanceIndicators: [{ text: 'Ketepatan waktu layanan kepegawaian', importance: 'essential' }],
    });
    expect(draft.content.identity.summary).toBe('Mengelola administrasi kepegawaian biro.');
  });
});

describe('bad inputs: a clear code, nothing written', () => {
  const cases: [string, Uint8Array, string][] = [
    ['not a zip', strToU8('bukan dokumen word sama sekali'), 'NOT_A_DOCX'],
    ['a zip without word/document.xml', zip({ 'xl/workbook.xml': '<workbook/>' }), 'NOT_A_DOCX'],
    [
      'a document without an SKJ table',
      zip({
        'word/document.xml':
          '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Surat biasa</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Nama</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>',
      }),
      'NO_SKJ_TABLE',
    ],
    ['XML that is not XML', zip({ 'word/document.xml': '<w:document><w:body><w:p>' }), 'DOCX_UNREADABLE'],
  ];
  for (const [what, bytes, code] of cases) {
    it(`${what}: ${code}`, async () => {
      const before = [await server.count(jobStandards), await server.count(auditLog)];
      const response = await ministry.drafter.uploadFiles(importPath(ministry.agencyId), [
        { fileName: 'skj.docx', body: blob(bytes) },
      ]);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.body.error.code).toBe(code);
      expect(response.body.error.details.documents[0]).toMatchObject({
        fileName: 'skj.docx',
        outcome: 'rejected',
        code,
      });
      expect([await server.count(jobStandards), await server.count(auditLog)]).toEqual(before);
    });
  }

  it('one bad document among good ones rejects the whole upload, with a report per document', async () => {
    const before = await server.count(jobStandards);
    const response = await other.drafter.uploadFiles(importPath(other.agencyId), [
      { fileName: 'baik.docx', body: blob(ratifiedDocx) },
      { fileName: 'rusak.docx', body: blob(strToU8('rusak')) },
    ]);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('NOT_A_DOCX');
    expect(
      response.body.error.details.documents.map((d: { fileName: string; outcome: string }) => [
        d.fileName,
        d.outcome,
      ]),
    ).toEqual([
      ['baik.docx', 'ready'],
      ['rusak.docx', 'rejected'],
    ]);
    expect(await server.count(jobStandards)).toBe(before);
  });

  it('a position that the agency does not have: POSITION_NOT_MATCHED', async () => {
    const renamed = zip({
      'word/document.xml': consultantDocumentXml().replace(
        'Kepala Subbagian Kepegawaian',
        'Jabatan Yang Tidak Ada',
      ),
    });
    const response = await ministry.drafter.uploadFiles(importPath(ministry.agencyId), [
      { fileName: 'lain.docx', body: blob(renamed) },
    ]);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('POSITION_NOT_MATCHED');
    expect(response.body.error.details.documents[0].message).toContain('Jabatan Yang Tidak Ada');
  });
});
