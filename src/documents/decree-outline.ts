/**
 * The decree ratifying an agency's standards: "Keputusan [Wali Kota/Bupati/Gubernur/Menteri]
 * tentang Standar Kompetensi Jabatan di Lingkungan …", laid out as published decrees are (e.g.
 * Keputusan Walikota Gunungsitoli Nomor 061-255 Tahun 2021): heading, menimbang, mengingat,
 * memutuskan with its dictums, the signature, and the standards as the lampiran. The considerations,
 * legal bases and dictums come from a form (defaults below, editable). Pure.
 */
import { type AgencyIdentity, decreeIssuer } from '../domain/agency-identity';
import { formatDate } from './dates';
import type { LabelledItem, LetterBlock, LetterDocument } from './letter-outline';
import { signatureBlock } from './official-outline';
import { type StandardDocumentInput, standardOutline } from './standard-outline';

export interface DecreeText {
  considerations: string[];
  legalBases: string[];
  /** One text per dictum: KESATU, KEDUA, … */
  decisions: string[];
}

export interface DecreeInput {
  identity: AgencyIdentity;
  /** "800/123/2026" as the agency numbers its decrees. */
  number: string;
  date: Date;
  text: DecreeText;
  standards: StandardDocumentInput[];
}

/** "Kota Contoh" from "Pemerintah Kota Contoh". */
function regionOf(identity: AgencyIdentity): string {
  return identity.officialName.replace(/^pemerintah\s+/i, '').trim();
}

/** Who issues and signs: the head's title as recorded, else "Wali Kota Contoh", "Bupati …", "Menteri …". */
export function issuerTitle(identity: AgencyIdentity): string {
  if (identity.head?.title.trim()) return identity.head.title.trim();
  const region = regionOf(identity);
  const name = region.replace(/^(kota|kabupaten|provinsi|kementerian)\s+/i, '');
  return `${decreeIssuer[identity.kind]} ${name}`;
}

/** "Standar Kompetensi Jabatan di Lingkungan Pemerintah Kota Contoh". */
export function decreeSubject(identity: AgencyIdentity): string {
  return `Standar Kompetensi Jabatan di Lingkungan ${identity.officialName}`;
}

/** The usual text of such a decree; the form shows it for editing. */
export function defaultDecreeText(identity: AgencyIdentity): DecreeText {
  const issuer = issuerTitle(identity);
  const regional = identity.kind !== 'ministry';
  return {
    considerations: [
      'bahwa dalam rangka menjamin objektivitas dan kualitas pengangkatan Pegawai Negeri Sipil dalam jabatan, diperlukan standar kompetensi jabatan;',
      'bahwa berdasarkan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan Aparatur Sipil Negara, instansi pemerintah menyusun standar kompetensi jabatan di lingkungannya;',
      `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan ${issuer} tentang ${decreeSubject(identity)};`,
    ],
    legalBases: [
      'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 141, Tambahan Lembaran Negara Republik Indonesia Nomor 6897);',
      ...(regional
        ? [
            'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang;',
          ]
        : []),
      'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;',
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan Aparatur Sipil Negara;',
    ],
    decisions: [
      `Menetapkan ${decreeSubject(identity)} sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.`,
      `Standar Kompetensi Jabatan sebagaimana dimaksud dalam Diktum KESATU menjadi acuan dalam pengangkatan, pemindahan, promosi, pengembangan kompetensi, dan manajemen talenta Pegawai Negeri Sipil di lingkungan ${identity.officialName}.`,
      'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
    ],
  };
}

const dictumNames = [
  'KESATU',
  'KEDUA',
  'KETIGA',
  'KEEMPAT',
  'KELIMA',
  'KEENAM',
  'KETUJUH',
  'KEDELAPAN',
  'KESEMBILAN',
  'KESEPULUH',
];

/** "a.", "b.", … "z.", "aa.", … */
function letter(k: number): string {
  let n = k;
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `${out}.`;
}

export function decreeDocument(input: DecreeInput): LetterDocument {
  const { identity } = input;
  const issuer = issuerTitle(identity).toUpperCase();
  const subject = decreeSubject(identity).toUpperCase();
  const number = input.number.trim();
  const ratified = input.standards.map((s) => standardOutline(s));
  const considerations: LabelledItem[] = input.text.considerations.map((text, k) => ({
    marker: letter(k),
    text,
  }));
  const legalBases: LabelledItem[] = input.text.legalBases.map((text, k) => ({ marker: `${k + 1}.`, text }));
  const decisions: LetterBlock[] = input.text.decisions.map((text, k) => ({
    kind: 'labelled',
    label: dictumNames[k] ?? `KE-${k + 1}`,
    items: [{ marker: '', text }],
  }));
  const signature = signatureBlock(identity.head, {
    place: identity.place,
    date: input.date,
    form: 'decree',
    fallbackTitle: issuerTitle(identity),
  });
  const lampiranHead: LetterBlock = {
    kind: 'fields',
    rows: [
      ['LAMPIRAN', `KEPUTUSAN ${issuer}`],
      ['NOMOR', number],
      ['TANGGAL', formatDate(input.date)],
      ['TENTANG', subject],
    ],
  };
  return {
    title: `Keputusan tentang ${decreeSubject(identity)}`,
    letterhead: identity.logo ? { names: [], details: [], logo: identity.logo } : null,
    orientation: 'portrait',
    runningHeader: null,
    footer: `Keputusan ${issuerTitle(identity)} Nomor ${number}`,
    stampedAt: input.date,
    blocks: [
      {
        kind: 'heading',
        size: 'title',
        lines: [
          issuer,
          ...(identity.province && identity.kind !== 'ministry' && identity.kind !== 'province'
            ? [`PROVINSI ${identity.province.toUpperCase()}`]
            : []),
        ],
      },
      {
        kind: 'heading',
        lines: [`KEPUTUSAN ${issuer}`, `NOMOR ${number}`, 'TENTANG', subject],
      },
      { kind: 'heading', lines: [`${issuer},`] },
      { kind: 'labelled', label: 'Menimbang', items: considerations },
      { kind: 'labelled', label: 'Mengingat', items: legalBases },
      { kind: 'heading', lines: ['MEMUTUSKAN:'] },
      {
        kind: 'labelled',
        label: 'Menetapkan',
        items: [{ marker: '', text: `KEPUTUSAN ${issuer} TENTANG ${subject}.` }],
      },
      ...decisions,
      { kind: 'signature', block: signature },
      { kind: 'pageBreak' },
      lampiranHead,
      { kind: 'heading', lines: ['DAFTAR STANDAR KOMPETENSI JABATAN'] },
      {
        kind: 'table',
        headers: ['No', 'Nama Jabatan', 'Jenjang', 'Kode Jabatan', 'Unit Organisasi'],
        widths: [5, 35, 18, 18, 24],
        centered: [0],
        rows: ratified.map((outline, k) => [
          String(k + 1),
          outline.positionName,
          outline.levelHeading.replace(/^JABATAN /, ''),
          outline.identity.find(([label]) => label === 'Kode Jabatan')?.[1] ?? '-',
          input.standards[k]!.standard.identity.orgUnitName ?? '-',
        ]),
      },
      { kind: 'pageBreak' },
      { kind: 'standards', standards: ratified },
      { kind: 'signature', block: { ...signature, placeLine: null, dateLine: null } },
    ],
  };
}
