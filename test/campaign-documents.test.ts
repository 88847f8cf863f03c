/**
 * Documents of a drafting campaign and of the position map, through the API, in the demo city:
 * the team as its decree names it (members need not be users), the SK Tim Penyusun, the Surat
 * Perintah Tugas and the weekly schedule; the position map as a chart PDF (vertical and horizontal,
 * A3 and A4) with one sign convention (B − K) and the Rekapitulasi Kelas Jabatan dan Persediaan
 * Pegawai (Excel, PDF). LibreOffice converts the DOCX; page 1 of each kind is kept.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertDocxWithLibreOffice, internalWordsIn, keepPage, soffice } from './support/document-artifacts';
import { docxText, missingTexts, pdfPageCount, pdfText } from './support/document-text';
import { type ApiClient, startTestServer, type TestServer } from './support/test-server';

/** PDF and Word wrap lines inside table cells and signature blocks: compare without whitespace. */
function expectText(text: string, fragment: string) {
  expect(missingTexts(text, [fragment]), fragment).toEqual([]);
}

let server: TestServer;
let admin: ApiClient;
let drafter: ApiClient;
let otherAdmin: ApiClient;
let agencyId: string;
let campaignId: string;
const docx: Record<string, Uint8Array> = {};
const pdf: Record<string, Uint8Array> = {};

async function download(client: ApiClient, path: string) {
  const response = await client.download(path);
  if (response.status !== 200)
    throw new Error(`${path}: ${response.status} ${Buffer.from(response.bytes).toString()}`);
  return response.bytes;
}

const team = [
  {
    teamRole: 'member',
    name: 'Dr. Lestari Handayani',
    nip: null,
    positionTitle: 'Asesor SDM (Universitas Contoh)',
  },
  {
    teamRole: 'steering',
    name: 'Ir. Hendra Gunawan, M.T.',
    nip: '197003151995031002',
    positionTitle: 'Sekretaris Daerah',
  },
  {
    teamRole: 'chair',
    name: 'Siti Rahmawati, S.Psi.',
    nip: '198601302009022001',
    positionTitle: 'Kepala Bidang Pengembangan Kompetensi',
  },
  {
    teamRole: 'responsible',
    name: 'Drs. Joko Widodo',
    nip: '196801011990031001',
    positionTitle: 'Kepala BKPSDM',
  },
  {
    teamRole: 'secretary',
    name: 'Budi Santoso, S.E.',
    nip: '198805212011011004',
    positionTitle: 'Analis SDM Aparatur',
  },
  {
    teamRole: 'coordinator',
    name: 'Agus Prasetyo, M.Si.',
    nip: '197910082003121002',
    positionTitle: 'Sekretaris BKPSDM',
  },
];

beforeAll(async () => {
  server = await startTestServer();
  [admin, drafter, otherAdmin] = await Promise.all([
    server.as('admin'),
    server.as('drafter'),
    server.as('admin2'),
  ]);
  agencyId = (await admin.get('/api/auth/me')).body.user.agency.id;
  const created = await admin.post('/api/drafting-campaigns', {
    name: 'Penyusunan SKJ Jabatan Struktural 2026',
    startsOn: '2026-02-02',
    endsOn: '2026-06-30',
  });
  expect(created.status).toBe(201);
  campaignId = created.body.draftingCampaign.id;
  // The drafter reads the campaign as a member of its drafting group (members see their campaigns).
  const group = await admin.post(`/api/drafting-campaigns/${campaignId}/groups`, {
    name: 'Kelompok I',
    kind: 'drafting',
  });
  expect(group.status).toBe(201);
  const drafterId = (await drafter.get('/api/auth/me')).body.user.id;
  const joined = await admin.post(
    `/api/drafting-campaigns/${campaignId}/groups/${group.body.group.id}/members`,
    {
      members: [{ userId: drafterId, role: 'member' }],
    },
  );
  expect(joined.status).toBe(201);
});
afterAll(() => server?.close());

describe('the team as its decree names it', () => {
  it('is set by the admin (members need not be users), read back in order, audited', async () => {
    const empty = await admin.download(`/api/drafting-campaigns/${campaignId}/team-decree.pdf`);
    expect(empty.status).toBe(422);
    const saved = await admin.request('PUT', `/api/drafting-campaigns/${campaignId}/decree-team`, {
      json: { members: team },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.members.map((m: { name: string }) => m.name)).toEqual(team.map((m) => m.name));
    expect(saved.body.members[0].userId).toBeNull();
    const read = await drafter.get(`/api/drafting-campaigns/${campaignId}/decree-team`);
    expect(read.body.members).toHaveLength(6);
  });

  it('is refused to a drafter and another agency, and with a bad NIP', async () => {
    expect(
      (
        await drafter.request('PUT', `/api/drafting-campaigns/${campaignId}/decree-team`, {
          json: { members: [] },
        })
      ).status,
    ).toBe(403);
    expect((await otherAdmin.get(`/api/drafting-campaigns/${campaignId}/decree-team`)).status).toBe(404);
    const bad = await admin.request('PUT', `/api/drafting-campaigns/${campaignId}/decree-team`, {
      json: { members: [{ ...team[0], nip: '42' }] },
    });
    expect(bad.body.error.code).toBe('NIP_INVALID');
    expect(
      (await drafter.get(`/api/drafting-campaigns/${campaignId}/decree-team`)).body.members,
    ).toHaveLength(6);
  });
});

describe('letters of the campaign', () => {
  it('SK Tim Penyusun: decree of the head, steering roles in order in the lampiran', async () => {
    const query = '?number=800%2F45%2F2026&date=2026-01-26';
    pdf.teamDecree = await download(admin, `/api/drafting-campaigns/${campaignId}/team-decree.pdf${query}`);
    docx.teamDecree = await download(admin, `/api/drafting-campaigns/${campaignId}/team-decree.docx${query}`);
    for (const text of [pdfText(pdf.teamDecree), docxText(docx.teamDecree)]) {
      expectText(text, 'KEPUTUSAN WALI KOTA CONTOH');
      expectText(text, 'NOMOR 800/45/2026');
      expectText(text, 'PEMBENTUKAN TIM PENYUSUN');
      expectText(text, '2 Februari 2026 sampai dengan 30 Juni 2026');
      // Each role after the one before it, in the lampiran ("Sekretaris Daerah" in row 1 is a jabatan).
      let at = text.indexOf('SUSUNAN KEANGGOTAAN');
      for (const role of ['Pengarah', 'Penanggung Jawab', 'Koordinator', 'Ketua', 'Sekretaris', 'Anggota']) {
        const next = text.indexOf(role, at);
        expect(next, role).toBeGreaterThan(at);
        at = next;
      }
      expectText(text, 'Dr. Lestari Handayani');
      expectText(text, 'NIP. 19700315 199503 1 002');
    }
  });

  it('Surat Perintah Tugas: rests on the SK, signed by the staffing official', async () => {
    const query = '?number=094%2F12%2FBKPSDM%2F2026&date=2026-01-28&teamDecreeNumber=800%2F45%2F2026';
    pdf.assignment = await download(
      admin,
      `/api/drafting-campaigns/${campaignId}/assignment-letter.pdf${query}`,
    );
    docx.assignment = await download(
      admin,
      `/api/drafting-campaigns/${campaignId}/assignment-letter.docx${query}`,
    );
    for (const text of [pdfText(pdf.assignment), docxText(docx.assignment)]) {
      expectText(text, 'SURAT PERINTAH TUGAS');
      expectText(text, 'Nomor 800/45/2026');
      expectText(text, 'MEMERINTAHKAN');
      expectText(text, 'Kota Contoh, 28 Januari 2026');
      expectText(text, 'SEKRETARIS DAERAH KOTA CONTOH,');
    }
  });

  it('the weekly schedule: months × weeks I–IV, landscape, a row per phase', async () => {
    pdf.schedule = await download(
      drafter,
      `/api/drafting-campaigns/${campaignId}/schedule.pdf?date=2026-01-28`,
    );
    docx.schedule = await download(
      drafter,
      `/api/drafting-campaigns/${campaignId}/schedule.docx?date=2026-01-28`,
    );
    const detail = (await drafter.get(`/api/drafting-campaigns/${campaignId}`)).body;
    for (const text of [pdfText(pdf.schedule), docxText(docx.schedule)]) {
      expectText(text, 'JADWAL KEGIATAN');
      expectText(text, 'Feb 2026 I');
      expectText(text, 'Jun 2026 I');
      for (const phase of detail.phases) expectText(text, phase.name);
    }
    expect(docxText(docx.schedule)).not.toContain('Jul 2026');
  });
});

describe('the position map as documents', () => {
  it('uses B − K in the API, as the legend says', async () => {
    const map = (await admin.get(`/api/agencies/${agencyId}/position-map`)).body;
    const all = JSON.stringify(map.units);
    const positions: { headcount: number; requiredHeadcount: number; gap: number }[] = [];
    const walk = (list: { positions: never[]; children: never[] }[]) => {
      for (const unit of list) {
        const visit = (p: {
          headcount: number;
          requiredHeadcount: number;
          gap: number;
          children: never[];
        }) => {
          positions.push(p);
          p.children.forEach(visit);
        };
        unit.positions.forEach(visit);
        walk(unit.children);
      }
    };
    walk(map.units);
    expect(all.length).toBeGreaterThan(100);
    expect(positions.length).toBeGreaterThan(3);
    for (const p of positions) expect(p.gap).toBe(p.headcount - p.requiredHeadcount);
  });

  it('renders the chart vertical and horizontal, A3 and A4 landscape', async () => {
    for (const [layout, paper] of [
      ['vertical', 'A3'],
      ['horizontal', 'A4'],
    ] as const) {
      const bytes = await download(
        admin,
        `/api/agencies/${agencyId}/position-map.pdf?layout=${layout}&paper=${paper}`,
      );
      pdf[`chart-${layout}-${paper}`] = bytes;
      const text = pdfText(bytes);
      expectText(text, 'PETA JABATAN PEMERINTAH KOTA CONTOH');
      expectText(text, 'Kepala Bidang Pengembangan Kompetensi');
      expectText(text, 'B = pegawai yang ada; K = kebutuhan; +/- = B − K');
      expect(pdfPageCount(bytes)).toBeGreaterThanOrEqual(1);
    }
    const bad = await admin.download(`/api/agencies/${agencyId}/position-map.pdf?paper=A5`);
    expect(bad.status).toBe(400);
  });

  it('gives the Rekapitulasi Kelas Jabatan dan Persediaan Pegawai in Excel and PDF with the same sums', async () => {
    const map = (await admin.get(`/api/agencies/${agencyId}/position-map`)).body;
    const xlsx = await download(admin, `/api/agencies/${agencyId}/staffing-recap.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx) as never);
    const sheet = workbook.getWorksheet('Rekapitulasi')!;
    expect(sheet.getCell('A1').value).toBe('REKAPITULASI KELAS JABATAN DAN PERSEDIAAN PEGAWAI');
    let total: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === 'JUMLAH') total = row;
    });
    expect(total!.getCell(3).value).toBe(map.totals.positions);
    expect(total!.getCell(4).value).toBe(map.totals.headcount);
    expect(total!.getCell(5).value).toBe(map.totals.requiredHeadcount);
    expect(total!.getCell(6).value).toBe(map.totals.headcount - map.totals.requiredHeadcount);
    pdf.recap = await download(admin, `/api/agencies/${agencyId}/staffing-recap.pdf`);
    const text = pdfText(pdf.recap);
    expectText(text, 'REKAPITULASI KELAS JABATAN DAN PERSEDIAAN PEGAWAI');
    expectText(text, 'JUMLAH');
    expectText(text, 'Belum dievaluasi');
  });
});

describe('as a person sees them', () => {
  it('carries no internal word and keeps page 1 of each PDF', () => {
    for (const [name, bytes] of Object.entries(pdf)) {
      expect(internalWordsIn(pdfText(bytes)), name).toEqual([]);
      keepPage(bytes, `api-${name}-pdf-page1`);
    }
    for (const [name, bytes] of Object.entries(docx))
      expect(internalWordsIn(docxText(bytes)), name).toEqual([]);
  });

  it.skipIf(!soffice)(
    'converts every DOCX with LibreOffice and keeps page 1',
    () => {
      const converted = convertDocxWithLibreOffice(docx);
      expect(Object.keys(converted).sort()).toEqual(Object.keys(docx).sort());
      for (const [name, bytes] of Object.entries(converted)) {
        expect(pdfText(bytes).length, name).toBeGreaterThan(100);
        keepPage(bytes, `libreoffice-${name}-page1`);
      }
      expect(pdfText(converted.teamDecree!)).toContain('SUSUNAN KEANGGOTAAN');
    },
    300_000,
  );
});
