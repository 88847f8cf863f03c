/**
 * The demo agencies: "Pemerintah Kota Contoh" (KOTA-CONTOH) with org units, positions and one
 * user per role, and "Pemerintah Kabupaten Contoh" (KAB-CONTOH) with its own admin. Loaded only
 * into an empty database. Every demo account, the superadmin included, gets the one password given
 * here: random per data dir at `npm start` (see demo-password.ts), fixed in tests and benchmarks.
 */
import { count, eq } from 'drizzle-orm';
import { evaluateJob, evaluationKindFor } from '../../domain/job-evaluation';
import { performanceBandOfRating } from '../../domain/performance-rating';
import { compositionSteps } from '../../domain/technical-dictionary';
import { hashPassword } from '../../services/passwords';
import type { Db } from '../client';
import {
  insertDictionary,
  insertEntries,
  insertVersionEvent,
  setChecklistStep,
  updateVersionStatus,
} from '../repositories/technical-dictionary-repository';
import {
  agencies,
  civilServants,
  competencyDictionaries,
  jobEvaluations,
  orgUnits,
  positions,
  users,
} from '../schema';
import { exampleDictionary, exampleEntries } from './example-technical-dictionary';

export const demoUsers = [
  { username: 'superadmin', fullName: 'Super Admin SKJ', role: 'superadmin', agency: null },
  { username: 'admin', fullName: 'Rina Wulandari, S.Sos.', role: 'admin', agency: 'KOTA-CONTOH' },
  { username: 'drafter', fullName: 'Budi Santoso, S.E.', role: 'drafter', agency: 'KOTA-CONTOH' },
  { username: 'verifier', fullName: 'Siti Rahmawati, S.Psi.', role: 'verifier', agency: 'KOTA-CONTOH' },
  { username: 'validator', fullName: 'Agus Prasetyo, M.Si.', role: 'validator', agency: 'KOTA-CONTOH' },
  { username: 'ratifier', fullName: 'Dewi Lestari (KemenPAN-RB)', role: 'ratifier', agency: null },
  { username: 'pegawai', fullName: 'Andi Saputra, S.Kom.', role: 'employee', agency: 'KOTA-CONTOH' },
  { username: 'admin2', fullName: 'Yusuf Hidayat, S.H.', role: 'admin', agency: 'KAB-CONTOH' },
] as const;

/** NIP and official title printed under each demo signer's name (made up, valid NIPs). */
const demoSigners: Record<string, { nip: string; positionTitle: string }> = {
  admin: { nip: '198204102006042003', positionTitle: 'Kepala Bidang Mutasi dan Promosi' },
  drafter: { nip: '198805212011011004', positionTitle: 'Analis Sumber Daya Manusia Aparatur Ahli Muda' },
  verifier: { nip: '198601302009022001', positionTitle: 'Kepala Bidang Pengembangan Kompetensi' },
  validator: {
    nip: '197910082003121002',
    positionTitle: 'Sekretaris Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  },
  ratifier: {
    nip: '197512242000032001',
    positionTitle: 'Asisten Deputi Standardisasi Jabatan, Kementerian PANRB',
  },
};

/** A plain SVG emblem for the demo city's letterhead (no script, no outside reference). */
export const demoLogoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="140" viewBox="0 0 120 140">' +
  '<path d="M60 4 L112 22 L106 86 Q98 118 60 136 Q22 118 14 86 L8 22 Z" fill="#1f4e9a" stroke="#c9a227" stroke-width="6"/>' +
  '<circle cx="60" cy="62" r="26" fill="#c9a227"/>' +
  '<path d="M60 40 L66 56 L83 56 L69 66 L74 83 L60 73 L46 83 L51 66 L37 56 L54 56 Z" fill="#ffffff"/>' +
  '<rect x="30" y="100" width="60" height="10" rx="3" fill="#ffffff"/></svg>';

const kotaIdentity = {
  officialName: 'Pemerintah Kota Contoh',
  letterheadUnit: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  address: 'Jalan Merdeka Nomor 1, Kota Contoh 12345',
  phone: '(021) 555-0100',
  website: 'bkpsdm.kotacontoh.go.id',
  email: 'bkpsdm@kotacontoh.go.id',
  place: 'Kota Contoh',
  province: 'Jawa Contoh',
  headTitle: 'Wali Kota Contoh',
  headName: 'Drs. H. Ahmad Fauzi, M.Si.',
  headNip: null,
  staffingTitle: 'Sekretaris Daerah Kota Contoh',
  staffingName: 'Ir. Hendra Gunawan, M.T.',
  staffingNip: '197003151995031002',
  logoData: Buffer.from(demoLogoSvg).toString('base64'),
  logoContentType: 'image/svg+xml',
};
/** The civil servant behind the demo `pegawai` login. */
export const demoEmployee = {
  nip: '199005142015031002',
  positionName: 'Analis Sumber Daya Manusia Aparatur Ahli Muda',
} as const;

interface UnitSeed {
  code: string;
  name: string;
  children?: UnitSeed[];
}

const kotaUnits: UnitSeed[] = [
  {
    code: 'SETDA',
    name: 'Sekretariat Daerah',
    children: [{ code: 'SETDA-ORG', name: 'Bagian Organisasi' }],
  },
  {
    code: 'BKPSDM',
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    children: [
      { code: 'BKPSDM-BANGKOM', name: 'Bidang Pengembangan Kompetensi' },
      { code: 'BKPSDM-MUTASI', name: 'Bidang Mutasi dan Promosi' },
    ],
  },
  {
    code: 'DISDIK',
    name: 'Dinas Pendidikan',
    children: [{ code: 'DISDIK-SD', name: 'Bidang Pembinaan Sekolah Dasar' }],
  },
];

const kabUnits: UnitSeed[] = [
  { code: 'SETDA', name: 'Sekretariat Daerah', children: [{ code: 'SETDA-ORG', name: 'Bagian Organisasi' }] },
  { code: 'DINKES', name: 'Dinas Kesehatan' },
];

interface PositionSeed {
  unit: string;
  name: string;
  positionGroup: 'leadership' | 'administrative' | 'functional';
  jobLevel: string;
  governmentAffair: string;
  summary: string;
  rankMin?: string;
  rankMax?: string;
  /** Name of the superior position (same agency). */
  parent?: string;
  headcount?: number;
  requiredHeadcount?: number;
  /** Factor levels of a demo job evaluation (see `domain/job-evaluation.ts`). */
  evaluation?: Record<string, string>;
}

const kotaPositions: PositionSeed[] = [
  {
    unit: 'BKPSDM',
    name: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    positionGroup: 'leadership',
    jobLevel: 'jpt-pratama',
    governmentAffair: 'Kepegawaian',
    summary:
      'Memimpin perumusan dan pelaksanaan kebijakan daerah di bidang kepegawaian dan pengembangan SDM.',
    rankMin: 'IV/c',
    rankMax: 'IV/d',
    headcount: 1,
    // 550 + 350 + 775 + 75 + 100 + 650 + 575 = 3075: kelas 14, as JPT Pratama in a city usually are.
    evaluation: { '1': '1-3', '2': '2-3', '3': '3-2', '4A': '4A-3', '4B': '4B-3', '5': '5-5', '6': '6-2' },
  },
  {
    unit: 'BKPSDM-BANGKOM',
    name: 'Kepala Bidang Pengembangan Kompetensi',
    positionGroup: 'administrative',
    jobLevel: 'administrator',
    governmentAffair: 'Kepegawaian',
    summary:
      'Merencanakan, mengoordinasikan dan mengevaluasi pengembangan kompetensi pegawai ASN di lingkungan pemerintah kota.',
    rankMin: 'IV/a',
    rankMax: 'IV/b',
    parent: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    headcount: 1,
    // 350 + 250 + 775 + 50 + 75 + 505 + 310 = 2315: kelas 12.
    evaluation: { '1': '1-2', '2': '2-2', '3': '3-2', '4A': '4A-2', '4B': '4B-2', '5': '5-4', '6': '6-1' },
  },
  {
    unit: 'BKPSDM-MUTASI',
    name: 'Kepala Bidang Mutasi dan Promosi',
    positionGroup: 'administrative',
    jobLevel: 'administrator',
    governmentAffair: 'Kepegawaian',
    summary: 'Mengelola mutasi, promosi dan penempatan pegawai ASN berdasarkan sistem merit.',
    rankMin: 'IV/a',
    rankMax: 'IV/b',
    parent: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    headcount: 0,
  },
  {
    unit: 'BKPSDM-BANGKOM',
    name: 'Analis Sumber Daya Manusia Aparatur Ahli Muda',
    positionGroup: 'functional',
    jobLevel: 'ahli-muda',
    governmentAffair: 'Kepegawaian',
    summary: 'Melaksanakan analisis kebutuhan dan perencanaan pengembangan kompetensi ASN.',
    rankMin: 'III/c',
    rankMax: 'III/d',
    parent: 'Kepala Bidang Pengembangan Kompetensi',
    headcount: 2,
    requiredHeadcount: 3,
    // 550 + 275 + 275 + 225 + 150 + 25 + 50 + 5 + 5 = 1560: kelas 9 (Ahli Muda).
    evaluation: {
      '1': '1-4',
      '2': '2-3',
      '3': '3-3',
      '4': '4-4',
      '5': '5-3',
      '6': '6-2',
      '7': '7-2',
      '8': '8-1',
      '9': '9-1',
    },
  },
  {
    unit: 'BKPSDM-BANGKOM',
    name: 'Pengadministrasi Perkantoran',
    positionGroup: 'administrative',
    jobLevel: 'pelaksana',
    governmentAffair: 'Kepegawaian',
    summary: 'Melaksanakan administrasi persuratan dan dokumentasi pengembangan kompetensi.',
    rankMin: 'II/a',
    rankMax: 'III/b',
    parent: 'Kepala Bidang Pengembangan Kompetensi',
    headcount: 3,
    requiredHeadcount: 2,
    // 200 + 125 + 125 + 75 + 75 + 10 + 20 + 5 + 5 = 640: kelas 5.
    evaluation: {
      '1': '1-2',
      '2': '2-2',
      '3': '3-2',
      '4': '4-2',
      '5': '5-2',
      '6': '6-1',
      '7': '7-1',
      '8': '8-1',
      '9': '9-1',
    },
  },
  {
    unit: 'SETDA-ORG',
    name: 'Kepala Bagian Organisasi',
    positionGroup: 'administrative',
    jobLevel: 'administrator',
    governmentAffair: 'Organisasi dan Tata Laksana',
    summary: 'Mengoordinasikan penataan kelembagaan, analisis jabatan dan tata laksana perangkat daerah.',
    rankMin: 'IV/a',
    rankMax: 'IV/b',
  },
  {
    unit: 'DISDIK-SD',
    name: 'Kepala Bidang Pembinaan Sekolah Dasar',
    positionGroup: 'administrative',
    jobLevel: 'administrator',
    governmentAffair: 'Urusan Pemerintahan Bidang Pendidikan',
    summary: 'Membina penyelenggaraan pendidikan sekolah dasar di wilayah kota.',
    rankMin: 'IV/a',
    rankMax: 'IV/b',
  },
];

const kabPositions: PositionSeed[] = [
  {
    unit: 'SETDA-ORG',
    name: 'Kepala Bagian Organisasi',
    positionGroup: 'administrative',
    jobLevel: 'administrator',
    governmentAffair: 'Organisasi dan Tata Laksana',
    summary: 'Mengoordinasikan penataan kelembagaan dan tata laksana perangkat daerah kabupaten.',
    rankMin: 'IV/a',
    rankMax: 'IV/b',
  },
];

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(agencies);
  return (row?.n ?? 0) === 0;
}

async function insertUnits(
  db: Db,
  agencyId: string,
  units: UnitSeed[],
  parentId: string | null,
  ids: Map<string, string>,
) {
  for (const unit of units) {
    const [row] = await db
      .insert(orgUnits)
      .values({ agencyId, parentId, code: unit.code, name: unit.name })
      .returning({ id: orgUnits.id });
    ids.set(unit.code, row!.id);
    if (unit.children) await insertUnits(db, agencyId, unit.children, row!.id, ids);
  }
}

async function insertPositions(
  db: Db,
  agencyId: string,
  seeds: PositionSeed[],
  unitIds: Map<string, string>,
) {
  const rows = await db
    .insert(positions)
    .values(
      seeds.map((p) => {
        const evaluation = p.evaluation ? evaluateJob(evaluationKindFor(p.jobLevel), p.evaluation) : null;
        return {
          agencyId,
          orgUnitId: unitIds.get(p.unit)!,
          name: p.name,
          positionGroup: p.positionGroup,
          jobLevel: p.jobLevel,
          governmentAffair: p.governmentAffair,
          summary: p.summary,
          rankMin: p.rankMin ?? null,
          rankMax: p.rankMax ?? null,
          headcount: p.headcount ?? 1,
          requiredHeadcount: p.requiredHeadcount ?? 1,
          jobValue: evaluation?.jobValue ?? null,
          jobGrade: evaluation?.jobGrade ?? null,
        };
      }),
    )
    .returning({ id: positions.id, name: positions.name });
  const idOf = new Map(rows.map((r) => [r.name, r.id]));
  for (const seed of seeds) {
    if (seed.parent) {
      await db
        .update(positions)
        .set({ parentPositionId: idOf.get(seed.parent)! })
        .where(eq(positions.id, idOf.get(seed.name)!));
    }
  }
  return seeds
    .filter((seed) => seed.evaluation)
    .map((seed) => {
      const kind = evaluationKindFor(seed.jobLevel);
      const { jobValue, jobGrade, breakdown } = evaluateJob(kind, seed.evaluation!);
      return {
        agencyId,
        positionId: idOf.get(seed.name)!,
        kind,
        levels: seed.evaluation!,
        jobValue,
        jobGrade,
        breakdown,
      };
    });
}

export async function seedDemoData(db: Db, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [kota] = await tx
      .insert(agencies)
      .values({ code: 'KOTA-CONTOH', name: 'Pemerintah Kota Contoh', kind: 'city', ...kotaIdentity })
      .returning({ id: agencies.id });
    const [kab] = await tx
      .insert(agencies)
      .values({
        code: 'KAB-CONTOH',
        name: 'Pemerintah Kabupaten Contoh',
        kind: 'regency',
        place: 'Kabupaten Contoh',
        province: 'Jawa Contoh',
        headTitle: 'Bupati Contoh',
        headName: 'H. Bambang Sutrisno, S.H.',
      })
      .returning({ id: agencies.id });
    const agencyIds = new Map([
      ['KOTA-CONTOH', kota!.id],
      ['KAB-CONTOH', kab!.id],
    ]);
    const kotaUnitIds = new Map<string, string>();
    await insertUnits(tx, kota!.id, kotaUnits, null, kotaUnitIds);
    const kabUnitIds = new Map<string, string>();
    await insertUnits(tx, kab!.id, kabUnits, null, kabUnitIds);
    const evaluations = await insertPositions(tx, kota!.id, kotaPositions, kotaUnitIds);
    await insertPositions(tx, kab!.id, kabPositions, kabUnitIds);
    const userRows = await tx
      .insert(users)
      .values(
        demoUsers.map((u) => ({
          username: u.username,
          fullName: u.fullName,
          role: u.role,
          agencyId: u.agency ? agencyIds.get(u.agency)! : null,
          passwordHash,
          nip: demoSigners[u.username]?.nip ?? null,
          positionTitle: demoSigners[u.username]?.positionTitle ?? null,
        })),
      )
      .returning({ id: users.id, username: users.username });
    const admin = userRows.find((u) => u.username === 'admin')!;
    // The demo employee is a civil servant of the city, holding the analyst position, so the
    // employee's pages (profile, their position's standard, gaps) have someone to show.
    const employee = userRows.find((u) => u.username === 'pegawai')!;
    const [analyst] = await tx
      .select({ id: positions.id })
      .from(positions)
      .where(eq(positions.name, demoEmployee.positionName));
    await tx.insert(civilServants).values({
      agencyId: kota!.id,
      nip: demoEmployee.nip,
      name: 'Andi Saputra, S.Kom.',
      birthDate: '1990-05-14',
      serviceStart: '2015-03-01',
      sex: 'male',
      rankGrade: 'III/c',
      educationLevel: 'S-1',
      fieldOfStudy: 'Sistem Informasi',
      positionId: analyst?.id ?? null,
      performanceRating: 'good',
      performance: performanceBandOfRating.good,
      userId: employee.id,
    });
    await tx.insert(jobEvaluations).values(
      evaluations.map((e) => ({
        agencyId: e.agencyId,
        positionId: e.positionId,
        kind: e.kind,
        levels: e.levels,
        jobValue: e.jobValue,
        jobGrade: e.jobGrade,
        breakdown: e.breakdown,
        evaluatedBy: admin.id,
      })),
    );
    await insertExampleDictionary(tx, kota!.id, {
      verifier: userRows.find((u) => u.username === 'verifier')!.id,
      admin: admin.id,
      drafter: userRows.find((u) => u.username === 'drafter')!.id,
    });
  });
}

/**
 * The example technical dictionary, ratified by the demo agency as the workflow would (composed
 * by the drafter, verified by the verifier, ratified by the admin), so a drafter of the demo can
 * finish a standard without building a dictionary first.
 */
async function insertExampleDictionary(
  db: Db,
  agencyId: string,
  people: { drafter: string; verifier: string; admin: string },
) {
  const { dictionaryId, versionId } = await insertDictionary(db, {
    agencyId,
    code: exampleDictionary.code,
    name: exampleDictionary.name,
    createdBy: people.drafter,
  });
  await db
    .update(competencyDictionaries)
    .set({ source: exampleDictionary.source })
    .where(eq(competencyDictionaries.id, dictionaryId));
  await insertEntries(db, versionId, exampleEntries);
  for (const step of compositionSteps) await setChecklistStep(db, versionId, step.key, people.drafter);
  const at = new Date();
  await updateVersionStatus(db, versionId, 'verified', { verifiedBy: people.verifier, at });
  await insertVersionEvent(db, {
    versionId,
    action: 'verify',
    fromStatus: 'draft',
    toStatus: 'verified',
    actorId: people.verifier,
    comment: null,
  });
  await updateVersionStatus(db, versionId, 'ratified', { ratifiedBy: people.admin, at });
  await insertVersionEvent(db, {
    versionId,
    action: 'ratify',
    fromStatus: 'verified',
    toStatus: 'ratified',
    actorId: people.admin,
    comment: null,
  });
}
