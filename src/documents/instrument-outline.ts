/**
 * Assessment instruments printed from a standard's behaviour indicators, independent of the file
 * format: the 360° questionnaire (one behaviourally anchored scale per competency: the five levels
 * with their indicators, the required one in the standard's words) and the behavioural-event
 * interview guide (a question per indicator of the required level, the STAR probes, and the level
 * anchors to score against).
 */
import type { QuestionnaireItem } from '../domain/multi-rater';
import { formatDate, levelHeading, type StandardDocumentMeta, statusLine } from './standard-outline';

const kindNames: Record<string, string> = {
  managerial: 'Manajerial',
  socioCultural: 'Sosial Kultural',
  technical: 'Teknis',
};

export interface InstrumentInput {
  meta: StandardDocumentMeta & { positionName: string; jobLevel: string };
  items: QuestionnaireItem[];
}

export interface LevelAnchorLine {
  label: string;
  description: string;
  indicators: string[];
}

export interface InstrumentCompetency {
  heading: string;
  anchors: LevelAnchorLine[];
}

export interface QuestionnaireOutline {
  title: string;
  positionLine: string;
  statusLine: string;
  isDraft: boolean;
  agencyName: string;
  identity: string[];
  relations: string[];
  instructions: string[];
  competencies: InstrumentCompetency[];
  cannotRate: string;
  closing: string;
}

export interface InterviewCompetency extends InstrumentCompetency {
  target: string;
  questions: string[];
}

export interface InterviewGuideOutline {
  title: string;
  positionLine: string;
  statusLine: string;
  isDraft: boolean;
  agencyName: string;
  identity: string[];
  instructions: string[];
  probes: { label: string; questions: string }[];
  competencies: InterviewCompetency[];
  scoring: string;
}

export const questionnaireTitle = 'KUESIONER PENILAIAN 360°';
export const interviewGuideTitle = 'PANDUAN WAWANCARA PERILAKU (BEHAVIOURAL EVENT INTERVIEW)';

function heading(item: QuestionnaireItem, index: number) {
  return `${index + 1}. ${item.name} (${item.code}, ${kindNames[item.kind] ?? item.kind}) — level yang dibutuhkan ${item.requiredLevel}`;
}

function anchors(item: QuestionnaireItem): LevelAnchorLine[] {
  return item.levels.map((l) => ({
    label: `Level ${l.level}${l.required ? ' (dibutuhkan jabatan)' : ''}`,
    description: l.description,
    indicators: l.behaviourIndicators,
  }));
}

function header(input: InstrumentInput) {
  return {
    positionLine: `${input.meta.positionName.toUpperCase()} · ${levelHeading(input.meta.jobLevel)}`,
    statusLine: `${statusLine(input.meta)} · dicetak ${formatDate(input.meta.generatedAt)}`,
    isDraft: input.meta.status !== 'ratified',
    agencyName: input.meta.agencyName,
  };
}

export function questionnaireOutline(input: InstrumentInput): QuestionnaireOutline {
  return {
    title: questionnaireTitle,
    ...header(input),
    identity: [
      'Nama pegawai yang dinilai',
      'NIP',
      'Nama penilai (tidak diisi untuk rekan kerja dan bawahan)',
      'Tanggal pengisian',
    ],
    relations: ['Diri sendiri', 'Atasan langsung', 'Rekan kerja', 'Bawahan'],
    instructions: [
      'Kuesioner ini disusun dari Standar Kompetensi Jabatan yang ditetapkan untuk jabatan di atas.',
      'Untuk setiap kompetensi, bacalah deskripsi dan indikator perilaku setiap level, lalu beri tanda (X) pada satu level tertinggi yang perilakunya paling sering Anda lihat pada pegawai yang dinilai dalam satu tahun terakhir.',
      'Nilailah berdasarkan perilaku yang Anda amati sendiri, bukan kesan umum. Bila Anda tidak pernah mengamati perilaku yang berkaitan, pilih "Tidak dapat menilai".',
      'Jawaban rekan kerja dan bawahan dirahasiakan: hasil kelompok itu hanya ditampilkan bila sedikitnya tiga orang menjawab.',
    ],
    competencies: input.items.map((item, k) => ({ heading: heading(item, k), anchors: anchors(item) })),
    cannotRate: 'Tidak dapat menilai (tidak pernah mengamati perilaku ini)',
    closing:
      'Terima kasih. Serahkan kuesioner ini kepada pengelola kepegawaian atau isi melalui aplikasi SKJ.',
  };
}

function lowerFirst(text: string) {
  const trimmed = text.trim().replace(/[.;:]+$/, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

export function interviewGuideOutline(input: InstrumentInput): InterviewGuideOutline {
  return {
    title: interviewGuideTitle,
    ...header(input),
    identity: ['Nama peserta', 'NIP', 'Jabatan saat ini', 'Nama pewawancara (asesor)', 'Tanggal wawancara'],
    instructions: [
      'Wawancara menggali peristiwa nyata yang pernah dialami peserta, bukan pendapat atau rencana: perilaku masa lalu adalah petunjuk terbaik perilaku masa depan.',
      'Untuk setiap kompetensi, ajukan pertanyaan utama, lalu gali dengan pertanyaan STAR sampai jelas apa yang dilakukan peserta sendiri (bukan "kami").',
      'Catat kutipan perilaku apa adanya. Setelah wawancara, bandingkan catatan dengan deskripsi dan indikator setiap level.',
    ],
    probes: [
      { label: 'Situasi', questions: 'Apa situasinya? Kapan dan di mana terjadi? Siapa saja yang terlibat?' },
      { label: 'Tugas', questions: 'Apa tugas atau tanggung jawab Anda saat itu? Apa yang harus dicapai?' },
      {
        label: 'Tindakan',
        questions: 'Apa yang Anda lakukan dan katakan, langkah demi langkah? Mengapa Anda memilih cara itu?',
      },
      { label: 'Hasil', questions: 'Apa hasilnya? Bagaimana tanggapan orang lain? Apa yang Anda pelajari?' },
    ],
    competencies: input.items.map((item, k) => {
      const required = item.levels.find((l) => l.required);
      return {
        heading: heading(item, k),
        target: required?.description ?? '',
        questions: (required?.behaviourIndicators ?? []).map(
          (indicator) =>
            `Ceritakan satu peristiwa nyata dalam dua tahun terakhir ketika Anda ${lowerFirst(indicator)}.`,
        ),
        anchors: anchors(item),
      };
    }),
    scoring:
      'Penilaian: tetapkan level tertinggi yang perilakunya tampak konsisten dalam sedikitnya dua peristiwa; tuliskan level dan bukti perilaku (kutipan) untuk setiap kompetensi.',
  };
}
