/**
 * PATCH /api/job-standards/:id: a partial update of a draft. What is not sent stays; requirements
 * merge part by part and field by field; bad input is refused with an Indonesian message and a
 * stable code, writing nothing; a ratified version never changes.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema';
import { composeStandard, type Ministry, ministryWithRatifiedStandard } from './support/ratified-standard';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let ministry: Ministry;
let draftId: string;

beforeAll(async () => {
  server = await startTestServer();
  ministry = await ministryWithRatifiedStandard(server);
  ({ standardId: draftId } = await composeStandard(
    ministry.drafter,
    ministry.orgUnitId,
    'Kepala Bidang Penilaian Kompetensi',
  ));
});
afterAll(() => server?.close());

const read = async (id = draftId) => (await ministry.drafter.get(`/api/job-standards/${id}`)).body;
const patch = (body: unknown, id = draftId) =>
  ministry.drafter.request('PATCH', `/api/job-standards/${id}`, { json: body });
const audits = () =>
  server.count(auditLog, and(eq(auditLog.entity, 'jobStandard'), eq(auditLog.entityId, draftId)));

describe('PATCH /api/job-standards/:id', () => {
  it('changes only the field sent: the rank keeps its importance, everything else stays', async () => {
    const before = await read();
    const auditsBefore = await audits();
    const response = await patch({
      revision: before.standard.revision,
      requirements: { rank: { minGrade: 'III/d' } },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: draftId, revision: before.standard.revision + 1 });
    const after = await read();
    expect(after.content.requirements.rank).toEqual({
      ...before.content.requirements.rank,
      minGrade: 'III/d',
    });
    expect(after.content.requirements.education).toEqual(before.content.requirements.education);
    expect(after.content.requirements.training).toEqual(before.content.requirements.training);
    expect(after.content.requirements.performanceIndicators).toEqual(
      before.content.requirements.performanceIndicators,
    );
    expect(after.content.competencies).toEqual(before.content.competencies);
    expect(after.content.identity).toEqual(before.content.identity);
    expect(await audits()).toBe(auditsBefore + 1);
    const [entry] = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, draftId), eq(auditLog.action, 'update')))
      .orderBy(auditLog.id)
      .then((rows) => rows.slice(-1));
    expect(JSON.stringify(entry?.diff)).toContain('requirements.rank.minGrade');
  });

  it('replaces a sent list whole and normalizes education levels; other parts stay', async () => {
    const before = await read();
    const response = await patch({
      revision: before.standard.revision,
      summary: 'Ikhtisar yang diubah sebagian.',
      requirements: {
        education: { levels: ['S1'] },
        performanceIndicators: [{ text: 'Rencana penilaian tersusun tepat waktu.', importance: 'essential' }],
      },
    });
    expect(response.status).toBe(200);
    const after = await read();
    expect(after.content.identity.summary).toBe('Ikhtisar yang diubah sebagian.');
    expect(after.content.identity.jobDescription).toEqual(before.content.identity.jobDescription);
    expect(after.content.requirements.education).toEqual({
      ...before.content.requirements.education,
      levels: ['S-1'],
    });
    expect(after.content.requirements.performanceIndicators).toEqual([
      { text: 'Rencana penilaian tersusun tepat waktu.', importance: 'essential' },
    ]);
    expect(after.content.requirements.rank).toEqual(before.content.requirements.rank);
    expect(after.content.competencies).toEqual(before.content.competencies);
  });

  it('copies sent competency rows from the dictionaries, as PUT does', async () => {
    const before = await read();
    const rows = before.content.competencies.map((r: { competencyId: string; requiredLevel: number }) => ({
      competencyId: r.competencyId,
      requiredLevel: r.requiredLevel,
    }));
    const response = await patch({ revision: before.standard.revision, competencies: rows.slice(0, -1) });
    expect(response.status).toBe(200);
    const after = await read();
    expect(after.content.competencies).toHaveLength(before.content.competencies.length - 1);
    expect(after.content.requirements).toEqual(before.content.requirements);
  });

  it('refuses bad input with an Indonesian message and a stable code, writing nothing', async () => {
    const before = await read();
    const auditsBefore = await audits();
    const bad: [unknown, number, string][] = [
      [{ requirements: { rank: { minGrade: 'III/d' } } }, 400, 'VALIDATION_FAILED'],
      [
        { revision: before.standard.revision, requirements: { rank: { minGrade: 5 } } },
        400,
        'VALIDATION_FAILED',
      ],
      [
        { revision: before.standard.revision, requirements: { rank: { grade: 'III/d' } } },
        400,
        'VALIDATION_FAILED',
      ],
      [{ revision: before.standard.revision, positionName: 'Nama lain' }, 400, 'VALIDATION_FAILED'],
      [{ revision: before.standard.revision, summary: 'a\u0000b' }, 400, 'INVALID_TEXT'],
      [
        {
          revision: before.standard.revision,
          competencies: [{ competencyId: crypto.randomUUID(), requiredLevel: 3 }],
        },
        422,
        'UNKNOWN_COMPETENCY',
      ],
      [{ revision: before.standard.revision - 1, summary: 'Usang' }, 409, 'STANDARD_STALE'],
    ];
    for (const [body, status, code] of bad) {
      const response = await patch(body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(response.body.error.code).toBe(code);
      // Indonesian, and never a raw field path or an English validator message.
      expect(response.body.error.message).toMatch(/tidak|wajib|harus|diubah|ditemukan|karakter/i);
      expect(response.body.error.message).not.toMatch(/expected|invalid input|required/i);
    }
    expect(await read()).toEqual(before);
    expect(await audits()).toBe(auditsBefore);
  });

  it('refuses a ratified standard (STANDARD_RATIFIED) and a submitted one (STANDARD_NOT_DRAFT)', async () => {
    const ratified = await read(ministry.standardId);
    const refused = await patch(
      { revision: ratified.standard.revision, requirements: { rank: { minGrade: 'III/a' } } },
      ministry.standardId,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('STANDARD_RATIFIED');
    expect(refused.body.error.message).toContain('sudah ditetapkan');
    expect(await read(ministry.standardId)).toEqual(ratified);

    const { standardId: submittedId } = await composeStandard(
      ministry.drafter,
      ministry.orgUnitId,
      'Kepala Bidang Pengadaan Pegawai',
    );
    const submit = await ministry.drafter.post(`/api/job-standards/${submittedId}/transitions`, {
      action: 'submit',
    });
    expect(submit.status).toBe(200);
    const submitted = await read(submittedId);
    const inReview = await patch(
      { revision: submitted.standard.revision, summary: 'Diubah saat diverifikasi' },
      submittedId,
    );
    expect(inReview.status).toBe(422);
    expect(inReview.body.error.code).toBe('STANDARD_NOT_DRAFT');
    expect(await read(submittedId)).toEqual(submitted);
  });

  it('is refused to another agency without telling the draft exists', async () => {
    const otherDrafter = await server.as('drafter');
    const response = await otherDrafter.request('PATCH', `/api/job-standards/${draftId}`, {
      json: { revision: 0, summary: 'Dari instansi lain' },
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('STANDARD_NOT_FOUND');
  });
});
