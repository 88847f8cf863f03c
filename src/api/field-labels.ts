/**
 * Request fields named the way people read them, for messages that must say which field is wrong
 * without showing a raw path such as `levels.2.behaviourIndicators.0`. Keys are property names of
 * the request schemas; `parent.key` entries win where one name means different things.
 * `test/input-fuzz.test.ts` checks that every text field of the published API has a label here.
 */

const byParent: Record<string, string> = {
  'education.levels': 'Jenjang pendidikan',
  'requirements.education': 'Pendidikan',
  'requirements.training': 'Pelatihan',
  'requirements.experience': 'Pengalaman kerja',
  'experience.description': 'Uraian pengalaman',
  'requirements.rank': 'Pangkat/golongan',
  'workMaterials.name': 'Nama bahan',
  'tools.name': 'Nama perangkat',
  'tasks.time': 'Waktu penyelesaian',
  'workingConditions.time': 'Waktu kerja',
  'mandatoryTechnical.name': 'Nama kompetensi wajib',
  'override.name': 'Nama kebijakan',
};

const byKey: Record<string, string> = {
  // accounts and agencies
  username: 'Nama pengguna',
  password: 'Kata sandi',
  currentPassword: 'Kata sandi saat ini',
  newPassword: 'Kata sandi baru',
  token: 'Token penyiapan',
  fullName: 'Nama lengkap',
  code: 'Kode',
  name: 'Nama',
  // dictionaries
  definition: 'Definisi',
  governmentAffair: 'Urusan pemerintahan',
  affair: 'Urusan pemerintahan',
  subAffair: 'Sub-urusan',
  levels: 'Level',
  description: 'Deskripsi',
  behaviourIndicators: 'Indikator perilaku',
  comment: 'Catatan',
  q: 'Kata kunci pencarian',
  // positions and job evaluation
  jobLevel: 'Jenjang jabatan',
  summary: 'Ikhtisar jabatan',
  tasks: 'Rincian tugas',
  rankMin: 'Golongan terendah',
  rankMax: 'Golongan tertinggi',
  reason: 'Alasan',
  cursor: 'Penanda halaman',
  justifications: 'Alasan tingkat faktor',
  // job standards
  jobDescription: 'Uraian tugas',
  competencies: 'Kompetensi',
  levelDescription: 'Deskripsi level',
  requirements: 'Persyaratan jabatan',
  education: 'Pendidikan',
  fieldsOfStudy: 'Bidang ilmu',
  training: 'Pelatihan',
  managerial: 'Pelatihan manajerial',
  technical: 'Pelatihan teknis',
  functional: 'Pelatihan fungsional',
  experience: 'Pengalaman kerja',
  rank: 'Pangkat/golongan',
  minGrade: 'Pangkat/golongan minimal',
  performanceIndicators: 'Indikator kinerja jabatan',
  text: 'Teks',
  // standard policy
  baseName: 'Kebijakan dasar',
  override: 'Penyesuaian kebijakan',
  levelDistributionRules: 'Pola level kompetensi',
  mandatoryTechnical: 'Kompetensi teknis wajib',
  competencyWeights: 'Bobot kompetensi',
  managerialLevels: 'Level manajerial',
  rankRanges: 'Rentang golongan',
  min: 'Batas bawah',
  max: 'Batas atas',
  // drafting campaigns
  intervieweeName: 'Nama narasumber',
  notes: 'Catatan wawancara',
  step: 'Langkah',
  inputs: 'Masukan',
  duration: 'Waktu',
  output: 'Hasil kerja',
  note: 'Catatan',
  // job descriptions
  content: 'Uraian jabatan',
  positionCode: 'Nomor dan kode jabatan',
  subordinatePositions: 'Jabatan bawahan langsung',
  task: 'Uraian tugas',
  unit: 'Satuan',
  workMaterials: 'Bahan kerja',
  tools: 'Perangkat kerja',
  use: 'Penggunaan',
  guidelines: 'Pedoman kerja',
  responsibilities: 'Tanggung jawab',
  authorities: 'Wewenang',
  workingRelations: 'Hubungan kerja',
  position: 'Jabatan',
  subject: 'Dalam hal',
  workingConditions: 'Kondisi lingkungan kerja',
  room: 'Tempat kerja',
  temperature: 'Suhu',
  lighting: 'Penerangan',
  weather: 'Udara',
  noise: 'Suara',
  time: 'Waktu',
  physicalEffort: 'Upaya fisik',
  hazards: 'Risiko bahaya',
  hazard: 'Risiko bahaya',
  cause: 'Penyebab',
  knowledge: 'Pengetahuan kerja',
  technicalSkills: 'Keterampilan kerja',
  aptitudes: 'Bakat kerja',
  temperaments: 'Temperamen kerja',
  interests: 'Minat kerja',
  physicalCondition: 'Kondisi fisik',
  workFunctions: 'Fungsi pekerjaan',
  // uploads
  file: 'Berkas',
};

/** The label of property `key` (under property `parent`, when known), or undefined. */
export function fieldLabel(key: string, parent?: string): string | undefined {
  if (parent !== undefined) {
    const specific = byParent[`${parent}.${key}`];
    if (specific) return specific;
  }
  return Object.hasOwn(byKey, key) ? byKey[key] : undefined;
}

/**
 * A zod issue path in words: `levels.2.behaviourIndicators.0` reads "Level ke-3 › Indikator
 * perilaku ke-1". Record keys (e.g. a job level code) are quoted when they are plain text.
 */
export function describeFieldPath(path: readonly PropertyKey[], isPlain: (text: string) => boolean): string {
  const parts: string[] = [];
  let parent: string | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const last = parts.length - 1;
      if (last >= 0) parts[last] = `${parts[last]} ke-${segment + 1}`;
      else parts.push(`butir ke-${segment + 1}`);
      continue;
    }
    const key = String(segment);
    const label = fieldLabel(key, parent);
    if (label) parts.push(label);
    else parts.push(isPlain(key) && key.length <= 40 ? `"${key}"` : 'kunci tidak sah');
    parent = key;
  }
  return parts.length > 0 ? parts.join(' › ') : 'Isi permintaan';
}
