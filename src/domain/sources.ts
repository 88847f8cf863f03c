/**
 * The documents behind SKJ's rules, named as the people who use SKJ know them. The product cites
 * these titles in the UI, API payloads, documents and policy names; the numbered files we read
 * them from are never named. None of the guidance documents is a regulation: a value taken from
 * one is a default an agency admin can change, shown with its source. Pure data.
 */

export const sources = {
  kakMagelang: 'KAK Penyusunan Standar Kompetensi Jabatan (Pemerintah Kota Magelang, 2020)',
  bimtekMagetan: 'Bahan bimtek "Standar Kompetensi Jabatan", BKPSDM Kabupaten Magetan (Dr. Hairur Rahman)',
  koordinasiNtb: 'Hasil koordinasi penyusunan SKJ Provinsi NTB dengan Kementerian PANRB (19 Agustus 2024)',
  sopJateng: 'SOP Perumusan Kompetensi, BKD Provinsi Jawa Tengah (Nomor SOP 006, 4 September 2023)',
  paparanPanrb: 'Paparan Kementerian PANRB "Kompetensi Jabatan dan Peta Jabatan"',
  permenpan38: 'Peraturan Menteri PANRB Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan ASN',
  permenpan34: 'Peraturan Menteri PANRB Nomor 34 Tahun 2011 tentang Pedoman Evaluasi Jabatan',
  pp11: 'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS',
  uu23: 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
} as const;

export type SourceId = keyof typeof sources;

/** The source note stored with each national dictionary (shown on the Kamus page). */
export const dictionarySourceNotes = {
  managerial: `${sources.permenpan38}, Lampiran Kamus Kompetensi Manajerial.`,
  socioCultural: `${sources.permenpan38}, Lampiran Kamus Kompetensi Sosial Kultural.`,
  nationalTechnical: `Kompetensi wajib jabatan di pemerintah daerah menurut ${sources.koordinasiNtb}. Teks resmi tiap level diisi dan ditetapkan oleh pengelola kamus nasional (superadmin).`,
} as const;

/** Who supplies the text of the national technical dictionary (named in findings and screens). */
export const nationalDictionarySteward = 'pengelola Kamus Kompetensi Teknis Nasional (superadmin)';

/** Stands in for official text not yet entered; never allowed into a submitted or ratified standard. */
export const placeholderMarker = '[Teks resmi belum tersedia]';

export function isPlaceholderText(text: string | null | undefined): boolean {
  return typeof text === 'string' && text.includes('[Teks resmi');
}
