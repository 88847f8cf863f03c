/**
 * The letters of a drafting campaign (the Magelang terms of reference) and of the formulation SOP
 * (BKD Jawa Tengah, step 5): the decree forming the drafting team (SK Tim Penyusun) with its steering
 * roles, the assignment letter (Surat Perintah Tugas), the weekly schedule (months × weeks I–IV),
 * and the nota dinas that sends a formulation record to the unit head. Pure.
 */
import type { AgencyIdentity, Signer } from '../domain/agency-identity';
import { formatNip } from '../domain/agency-identity';
import { formatDate } from './dates';
import { decreeSubject, issuerTitle } from './decree-outline';
import type { LetterBlock, LetterDocument } from './letter-outline';
import { letterhead, signatureBlock, staffingSigner } from './official-outline';

export const decreeTeamRoles = [
  'steering',
  'responsible',
  'coordinator',
  'chair',
  'secretary',
  'member',
] as const;
export type DecreeTeamRole = (typeof decreeTeamRoles)[number];

export const decreeTeamRoleNames: Readonly<Record<DecreeTeamRole, string>> = Object.freeze({
  steering: 'Pengarah',
  responsible: 'Penanggung Jawab',
  coordinator: 'Koordinator',
  chair: 'Ketua',
  secretary: 'Sekretaris',
  member: 'Anggota',
});

export interface DecreeTeamMember {
  teamRole: DecreeTeamRole;
  name: string;
  nip: string | null;
  positionTitle: string;
}

export interface CampaignFacts {
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface LetterNumbering {
  number: string;
  date: Date;
}

const isoDate = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

function memberRows(members: DecreeTeamMember[]): string[][] {
  const order = (m: DecreeTeamMember) => decreeTeamRoles.indexOf(m.teamRole);
  return [...members]
    .map((m, k) => ({ m, k }))
    .sort((a, b) => order(a.m) - order(b.m) || a.k - b.k)
    .map(({ m }, k) => [
      String(k + 1),
      m.nip ? `${m.name}\nNIP. ${formatNip(m.nip)}` : m.name,
      m.positionTitle || '-',
      decreeTeamRoleNames[m.teamRole],
    ]);
}

const memberTable = (members: DecreeTeamMember[]): LetterBlock => ({
  kind: 'table',
  headers: ['No', 'Nama / NIP', 'Jabatan', 'Kedudukan dalam Tim'],
  widths: [5, 35, 38, 22],
  centered: [0],
  rows: memberRows(members),
});

/** SK Tim Penyusun SKJ: a decree of the head forming the team, members in the lampiran. */
export function teamDecreeDocument(input: {
  identity: AgencyIdentity;
  campaign: CampaignFacts;
  members: DecreeTeamMember[];
  numbering: LetterNumbering;
}): LetterDocument {
  const { identity, campaign, members, numbering } = input;
  const issuer = issuerTitle(identity).toUpperCase();
  const subject = `PEMBENTUKAN TIM PENYUSUN ${decreeSubject(identity).toUpperCase()}`;
  const signature = signatureBlock(identity.head, {
    place: identity.place,
    date: numbering.date,
    form: 'decree',
    fallbackTitle: issuerTitle(identity),
  });
  const period = `${formatDate(isoDate(campaign.startsOn))} sampai dengan ${formatDate(isoDate(campaign.endsOn))}`;
  return {
    title: 'Keputusan Pembentukan Tim Penyusun SKJ',
    letterhead: identity.logo ? { names: [], details: [], logo: identity.logo } : null,
    orientation: 'portrait',
    runningHeader: null,
    footer: `Keputusan ${issuerTitle(identity)} Nomor ${numbering.number}`,
    stampedAt: numbering.date,
    blocks: [
      { kind: 'heading', size: 'title', lines: [issuer] },
      { kind: 'heading', lines: [`KEPUTUSAN ${issuer}`, `NOMOR ${numbering.number}`, 'TENTANG', subject] },
      { kind: 'heading', lines: [`${issuer},`] },
      {
        kind: 'labelled',
        label: 'Menimbang',
        items: [
          {
            marker: 'a.',
            text: `bahwa dalam rangka penyusunan standar kompetensi jabatan di lingkungan ${identity.officialName} melalui kegiatan ${campaign.name}, perlu dibentuk tim penyusun;`,
          },
          {
            marker: 'b.',
            text: `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan ${issuerTitle(identity)} tentang Pembentukan Tim Penyusun ${decreeSubject(identity)};`,
          },
        ],
      },
      {
        kind: 'labelled',
        label: 'Mengingat',
        items: [
          { marker: '1.', text: 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;' },
          {
            marker: '2.',
            text: 'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;',
          },
          {
            marker: '3.',
            text: 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan Aparatur Sipil Negara;',
          },
        ],
      },
      { kind: 'heading', lines: ['MEMUTUSKAN:'] },
      {
        kind: 'labelled',
        label: 'Menetapkan',
        items: [{ marker: '', text: `KEPUTUSAN ${issuer} TENTANG ${subject}.` }],
      },
      {
        kind: 'labelled',
        label: 'KESATU',
        items: [
          {
            marker: '',
            text: `Membentuk Tim Penyusun ${decreeSubject(identity)} dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.`,
          },
        ],
      },
      {
        kind: 'labelled',
        label: 'KEDUA',
        items: [
          { marker: '', text: 'Tim sebagaimana dimaksud dalam Diktum KESATU bertugas:' },
          {
            marker: 'a.',
            text: 'mengumpulkan data melalui wawancara dengan pemegang jabatan, atasan langsung dan pengambil kebijakan;',
          },
          { marker: 'b.', text: 'mengolah data dan menyusun rancangan standar kompetensi jabatan;' },
          { marker: 'c.', text: 'membahas rancangan bersama pemangku kepentingan; dan' },
          { marker: 'd.', text: `melaporkan hasilnya kepada ${issuerTitle(identity)}.` },
        ],
      },
      {
        kind: 'labelled',
        label: 'KETIGA',
        items: [{ marker: '', text: `Tim melaksanakan tugas pada ${period}.` }],
      },
      {
        kind: 'labelled',
        label: 'KEEMPAT',
        items: [{ marker: '', text: 'Keputusan ini mulai berlaku pada tanggal ditetapkan.' }],
      },
      { kind: 'signature', block: signature },
      { kind: 'pageBreak' },
      {
        kind: 'fields',
        rows: [
          ['LAMPIRAN', `KEPUTUSAN ${issuer}`],
          ['NOMOR', numbering.number],
          ['TANGGAL', formatDate(numbering.date)],
          ['TENTANG', subject],
        ],
      },
      { kind: 'heading', lines: ['SUSUNAN KEANGGOTAAN TIM PENYUSUN'] },
      memberTable(members),
      { kind: 'signature', block: { ...signature, placeLine: null, dateLine: null } },
    ],
  };
}

/** Surat Perintah Tugas: the staffing official orders the team to compose the standards. */
export function assignmentLetterDocument(input: {
  identity: AgencyIdentity;
  campaign: CampaignFacts;
  members: DecreeTeamMember[];
  numbering: LetterNumbering;
  /** Number of the SK Tim Penyusun this letter rests on, when known. */
  teamDecreeNumber: string | null;
}): LetterDocument {
  const { identity, campaign, members, numbering } = input;
  const signer = staffingSigner(identity);
  const period = `${formatDate(isoDate(campaign.startsOn))} sampai dengan ${formatDate(isoDate(campaign.endsOn))}`;
  return {
    title: 'Surat Perintah Tugas',
    letterhead: letterhead(identity),
    orientation: 'portrait',
    runningHeader: null,
    footer: `Surat Perintah Tugas Nomor ${numbering.number}`,
    stampedAt: numbering.date,
    blocks: [
      { kind: 'heading', size: 'title', lines: ['SURAT PERINTAH TUGAS', `NOMOR ${numbering.number}`] },
      {
        kind: 'labelled',
        label: 'Dasar',
        items: [
          ...(input.teamDecreeNumber
            ? [
                {
                  marker: '1.',
                  text: `Keputusan ${issuerTitle(identity)} Nomor ${input.teamDecreeNumber} tentang Pembentukan Tim Penyusun ${decreeSubject(identity)};`,
                },
              ]
            : []),
          {
            marker: input.teamDecreeNumber ? '2.' : '1.',
            text: 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan Aparatur Sipil Negara.',
          },
        ],
      },
      { kind: 'heading', lines: ['MEMERINTAHKAN:'] },
      { kind: 'paragraph', text: 'Kepada:', align: 'left' },
      memberTable(members),
      {
        kind: 'labelled',
        label: 'Untuk',
        items: [
          { marker: '1.', text: `melaksanakan ${campaign.name} pada ${period} sesuai jadwal terlampir;` },
          { marker: '2.', text: 'melaporkan hasil pelaksanaan tugas kepada pemberi perintah;' },
          { marker: '3.', text: 'melaksanakan perintah ini dengan penuh tanggung jawab.' },
        ],
      },
      {
        kind: 'signature',
        block: signatureBlock(signer, {
          place: identity.place,
          date: numbering.date,
          form: 'letter',
          fallbackTitle: 'Pejabat Pembina Kepegawaian',
        }),
      },
    ],
  };
}

export interface SchedulePhase {
  name: string;
  startsOn: string;
  endsOn: string;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const weekNames = ['I', 'II', 'III', 'IV'];

/** Weeks I–IV of each month of the period: days 1–7, 8–14, 15–21, 22–end. */
export function scheduleWeeks(
  startsOn: string,
  endsOn: string,
): { label: string; from: string; to: string }[] {
  const weeks: { label: string; from: string; to: string }[] = [];
  let year = Number(startsOn.slice(0, 4));
  let month = Number(startsOn.slice(5, 7)) - 1;
  const last = Number(endsOn.slice(0, 4)) * 12 + Number(endsOn.slice(5, 7)) - 1;
  while (year * 12 + month <= last && weeks.length < 4 * 36) {
    const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    const iso = (day: number) =>
      `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    [1, 8, 15, 22].forEach((start, k) => {
      weeks.push({
        label: `${k === 0 ? `${monthNames[month]} ${year} ` : ''}${weekNames[k]}`,
        from: iso(start),
        to: iso(k === 3 ? days : start + 6),
      });
    });
    month++;
    if (month === 12) {
      month = 0;
      year++;
    }
  }
  return weeks;
}

/** The weekly schedule: one row per phase, its weeks shaded; landscape. */
export function scheduleDocument(input: {
  identity: AgencyIdentity;
  campaign: CampaignFacts;
  phases: SchedulePhase[];
  generatedAt: Date;
}): LetterDocument {
  const { identity, campaign, phases } = input;
  const weeks = scheduleWeeks(campaign.startsOn, campaign.endsOn);
  return {
    title: `Jadwal ${campaign.name}`,
    letterhead: letterhead(identity),
    orientation: 'landscape',
    runningHeader: null,
    footer: `Jadwal ${campaign.name}`,
    stampedAt: input.generatedAt,
    blocks: [
      {
        kind: 'heading',
        size: 'title',
        lines: ['JADWAL KEGIATAN', campaign.name.toUpperCase()],
      },
      {
        kind: 'paragraph',
        align: 'center',
        text: `${formatDate(isoDate(campaign.startsOn))} sampai dengan ${formatDate(isoDate(campaign.endsOn))}`,
      },
      {
        kind: 'table',
        headers: ['No', 'Kegiatan', ...weeks.map((w) => w.label)],
        widths: [3, 16, ...weeks.map(() => Math.max(2, 75 / Math.max(1, weeks.length)))],
        centered: [0],
        rows: phases.map((phase, k) => [String(k + 1), phase.name, ...weeks.map(() => '')]),
        shaded: phases.map((phase) => [
          false,
          false,
          ...weeks.map((w) => phase.startsOn <= w.to && phase.endsOn >= w.from),
        ]),
      },
    ],
  };
}

/** Nota dinas pengantar (SOP step 5): the formulation record sent to the unit head. */
export function coverMemoDocument(input: {
  identity: AgencyIdentity;
  numbering: { number: string | null; date: Date };
  sender: Signer & { unitName: string | null };
  recipientTitle: string;
  standard: { positionName: string; orgUnitName: string | null; version: number; statusName: string };
}): LetterDocument {
  const { identity, sender, standard } = input;
  const number = input.numbering.number?.trim() || '....................';
  return {
    title: 'Nota Dinas',
    letterhead: letterhead(identity),
    orientation: 'portrait',
    runningHeader: null,
    footer: `Nota Dinas · Rumusan Kompetensi ${standard.positionName}`,
    stampedAt: input.numbering.date,
    blocks: [
      { kind: 'heading', size: 'title', lines: ['NOTA DINAS'] },
      {
        kind: 'fields',
        rows: [
          ['Yth.', input.recipientTitle],
          ['Dari', sender.title || sender.name],
          ['Tanggal', formatDate(input.numbering.date)],
          ['Nomor', number],
          ['Sifat', 'Biasa'],
          ['Lampiran', '1 (satu) berkas Dokumen Rumusan Kompetensi'],
          ['Hal', `Laporan hasil perumusan kompetensi jabatan ${standard.positionName}`],
        ],
      },
      {
        kind: 'paragraph',
        text: `Dengan hormat, bersama ini kami laporkan hasil perumusan kompetensi jabatan ${standard.positionName}${standard.orgUnitName ? ` pada ${standard.orgUnitName}` : ''}, yang dirumuskan bersama pemangku kepentingan dan dituangkan dalam Dokumen Rumusan Kompetensi versi ${standard.version} (status: ${standard.statusName}) sebagaimana terlampir.`,
      },
      {
        kind: 'paragraph',
        text: 'Mohon arahan lebih lanjut agar dokumen rumusan tersebut dapat dipedomani dalam penyusunan instrumen penilaian serta didokumentasikan.',
      },
      { kind: 'paragraph', text: 'Demikian kami sampaikan, atas perhatiannya kami ucapkan terima kasih.' },
      {
        kind: 'signature',
        block: signatureBlock(
          { title: sender.title, name: sender.name, nip: sender.nip },
          {
            place: identity.place,
            date: input.numbering.date,
            form: 'letter',
            fallbackTitle: 'Penyusun SKJ',
          },
        ),
      },
    ],
  };
}
