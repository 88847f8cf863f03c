import { describe, expect, it } from 'vitest';
import { mapCivilServantHeaders, normalizeHeader } from './siasn-columns';

const siasnHeaders = [
  'PNS_ID',
  'NIP_BARU',
  'NIP_LAMA',
  'NAMA',
  'GELAR_DEPAN',
  'GELAR_BELAKANG',
  'TANGGAL_LAHIR',
  'JENIS_KELAMIN',
  'NIK',
  'GOL_AKHIR_ID',
  'GOL_AKHIR_NAMA',
  'TINGKAT_PENDIDIKAN_ID',
  'TINGKAT_PENDIDIKAN_NAMA',
  'PENDIDIKAN_NAMA',
  'JABATAN_NAMA',
  'UNOR_NAMA',
  'TMT_CPNS',
  'KOLOM_BARU_BKN',
];

describe('SIASN export columns', () => {
  it('normalizes headers of every download version', () => {
    expect(normalizeHeader('GOL_AKHIR_NAMA')).toBe('gol akhir nama');
    expect(normalizeHeader(' Gol  Akhir Nama ')).toBe('gol akhir nama');
  });

  it('maps every column or reports it as ignored with a reason, never drops one', () => {
    const mapping = mapCivilServantHeaders(siasnHeaders);
    const fields = Object.fromEntries(mapping.mapped.map((m) => [m.header, m.field]));
    expect(fields).toEqual({
      NIP_BARU: 'nip',
      NAMA: 'name',
      GELAR_DEPAN: 'frontTitle',
      GELAR_BELAKANG: 'backTitle',
      TANGGAL_LAHIR: 'birthDate',
      JENIS_KELAMIN: 'sex',
      GOL_AKHIR_NAMA: 'rank',
      TINGKAT_PENDIDIKAN_NAMA: 'educationLevel',
      PENDIDIKAN_NAMA: 'fieldOfStudy',
      JABATAN_NAMA: 'position',
      UNOR_NAMA: 'orgUnit',
      TMT_CPNS: 'serviceStart',
    });
    const ignored = Object.fromEntries(mapping.ignored.map((i) => [i.header, i.reason]));
    expect(Object.keys(ignored).sort()).toEqual(
      ['PNS_ID', 'NIP_LAMA', 'NIK', 'GOL_AKHIR_ID', 'TINGKAT_PENDIDIKAN_ID', 'KOLOM_BARU_BKN'].sort(),
    );
    expect(ignored.NIK).toContain('tidak disimpan');
    expect(ignored.GOL_AKHIR_ID).toContain('kode referensi');
    expect(ignored.KOLOM_BARU_BKN).toBe('kolom tidak dikenal');
    expect(mapping.mapped.length + mapping.ignored.length).toBe(siasnHeaders.length);
    expect(mapping.missing).toEqual([]);
  });

  it('takes the first of two columns for one field and says so of the second', () => {
    const mapping = mapCivilServantHeaders(['NIP', 'Nama', 'Golongan', 'GOL_AKHIR_NAMA']);
    expect(mapping.mapped.find((m) => m.field === 'rank')?.header).toBe('Golongan');
    expect(mapping.ignored).toEqual([
      { index: 3, header: 'GOL_AKHIR_NAMA', reason: 'kolom Golongan sudah diambil dari kolom lain' },
    ]);
  });

  it('lists required fields no column provides', () => {
    expect(mapCivilServantHeaders(['NAMA', 'JABATAN_NAMA']).missing).toEqual(['nip']);
  });
});
