/**
 * A retired position (abolished or merged) has left the position map: it no longer counts in the
 * agency's reports (merit coverage, consistency report), its standard leaves the Excel export and
 * the decree, and nobody is sought or planned for it (candidates, critical mark, successors). Its
 * standards stay readable, and an earlier critical mark can still be lifted.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ministry, ministryWithRatifiedStandard } from './support/ratified-standard';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let ministry: Ministry;
let positionName: string;
let emptyPositionId: string;
const emptyPositionName = 'Analis Jabatan Yang Digabung';

beforeAll(async () => {
  server = await startTestServer();
  ministry = await ministryWithRatifiedStandard(server, 'KEMEN-PENSIUN');
  positionName = (await ministry.admin.get(`/api/positions/${ministry.positionId}`)).body.position.name;
  const created = await ministry.drafter.post('/api/positions', {
    name: emptyPositionName,
    positionGroup: 'functional',
    jobLevel: 'ahli-pertama',
    orgUnitId: ministry.orgUnitId,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  emptyPositionId = created.body.position.id;
}, 180_000);
afterAll(() => server?.close());

async function exportedPositionNames(): Promise<string[]> {
  const response = await ministry.admin.download(`/api/agencies/${ministry.agencyId}/job-standards.xlsx`);
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(response.bytes) as unknown as ArrayBuffer);
  const names = new Set<string>();
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === positionName || cell.value === emptyPositionName) names.add(String(cell.value));
      }),
    ),
  );
  return [...names];
}

async function reports() {
  const merit = await ministry.admin.get(`/api/agencies/${ministry.agencyId}/merit-dashboard`);
  expect(merit.status, JSON.stringify(merit.body)).toBe(200);
  const consistency = await ministry.admin.get(`/api/agencies/${ministry.agencyId}/consistency-report`);
  expect(consistency.status, JSON.stringify(consistency.body)).toBe(200);
  const decree = await ministry.admin.get(`/api/agencies/${ministry.agencyId}/decree-template`);
  expect(decree.status, JSON.stringify(decree.body)).toBe(200);
  return {
    coverage: { positions: merit.body.total.positions, ratified: merit.body.total.ratified },
    withoutStandard: (consistency.body.withoutStandard as { id: string }[]).map((p) => p.id),
    decreeStandards: decree.body.ratifiedStandards,
  };
}

describe('a retired position', () => {
  it('leaves the reports, the Excel export and the decree; its standard stays readable', async () => {
    expect(await reports()).toEqual({
      coverage: { positions: 2, ratified: 1 },
      withoutStandard: [emptyPositionId],
      decreeStandards: 1,
    });
    expect(await exportedPositionNames()).toEqual([positionName]);
    const candidates = await ministry.admin.get(`/api/positions/${ministry.positionId}/candidates`);
    expect(candidates.status, JSON.stringify(candidates.body)).toBe(200);
    const marked = await ministry.admin.request('PUT', `/api/positions/${ministry.positionId}/succession`, {
      json: {
        critical: true,
        reason: 'Satu-satunya pengelola kompetensi.',
      },
    });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);

    for (const id of [ministry.positionId, emptyPositionId]) {
      const retired = await ministry.admin.post(`/api/positions/${id}/retire`, { reason: 'Digabung.' });
      expect(retired.status, JSON.stringify(retired.body)).toBe(200);
    }

    expect(await reports()).toEqual({
      coverage: { positions: 0, ratified: 0 },
      withoutStandard: [],
      decreeStandards: 0,
    });
    expect(await exportedPositionNames()).toEqual([]);
    const standard = await ministry.admin.get(`/api/job-standards/${ministry.standardId}`);
    expect(standard.status).toBe(200);
    expect(standard.body.standard.status).toBe('ratified');
  });

  it('is not ranked for or marked critical, but an earlier mark can be lifted', async () => {
    const candidates = await ministry.admin.get(`/api/positions/${ministry.positionId}/candidates`);
    expect(candidates.status).toBe(422);
    expect(candidates.body.error.code).toBe('POSITION_RETIRED');
    expect(candidates.body.error.message).toContain('dihapus dari peta jabatan');

    const mark = await ministry.admin.request('PUT', `/api/positions/${emptyPositionId}/succession`, {
      json: {
        critical: true,
        reason: 'Coba.',
      },
    });
    expect(mark.status).toBe(422);
    expect(mark.body.error.code).toBe('POSITION_RETIRED');

    const unmark = await ministry.admin.request('PUT', `/api/positions/${ministry.positionId}/succession`, {
      json: {
        critical: false,
        reason: 'Jabatan digabung.',
      },
    });
    expect(unmark.status, JSON.stringify(unmark.body)).toBe(200);
    expect(unmark.body.critical).toBeNull();
  });
});
