import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Capabilities } from '../features/account/api';
import { renderWithRouter } from '../test-support/render';
import { SideNav } from './side-nav';

const none: Capabilities = {
  composeStandards: false,
  manageBackups: false,
  adoptStandardsAsIs: false,
  editAgencyIdentity: false,
  exportStandards: false,
  readStandardReports: false,
  readNationalMeritDashboard: false,
  ratifyNationally: false,
  readTasks: false,
  readStandardPolicy: false,
  editStandardPolicy: false,
  composeDictionaries: false,
  listPositions: false,
  readPositionMap: false,
  createPositions: false,
  importPositionMap: false,
  editPositionMap: false,
  evaluateJobs: false,
  readJobDescriptions: false,
  composeJobDescriptions: false,
  ratifyJobDescriptions: false,
  readWorkload: false,
  editWorkloadSettings: false,
  readTalent: false,
  importCivilServants: false,
  createEmployeeLogins: false,
  readOwnProfile: false,
  readDraftingCampaigns: false,
  manageDraftingCampaigns: false,
  generateBooks: false,
  readAllAgencies: false,
  manageUsers: false,
  manageAllUsers: false,
  manageAgencies: false,
  manageOrgUnits: false,
  recordPotential: false,
  answerQuestionnaires: false,
  readMultiRaterRounds: false,
  openMultiRaterRounds: false,
  readSuccession: false,
  planSuccession: false,
};

const menu = () => screen.getAllByRole('link').map((link) => link.textContent);

describe('SideNav', () => {
  it("shows an employee (the server's capabilities of one) only their own menu", () => {
    renderWithRouter(
      <SideNav capabilities={{ ...none, readOwnProfile: true, readDraftingCampaigns: true }} />,
    );
    expect(menu()).toEqual([
      'Beranda',
      'Kamus Kompetensi',
      'Kamus Teknis',
      'Pencarian',
      'Kegiatan Penyusunan',
      'Katalog Nasional',
      'Profil Kompetensi Saya',
    ]);
  });

  it('adds each page when its capability is granted', () => {
    renderWithRouter(
      <SideNav
        capabilities={{
          ...none,
          listPositions: true,
          generateBooks: true,
          readStandardReports: true,
          readStandardPolicy: true,
          readPositionMap: true,
          readDraftingCampaigns: true,
          readTalent: true,
          manageUsers: true,
        }}
      />,
    );
    expect(menu()).toEqual([
      'Beranda',
      'Kamus Kompetensi',
      'Kamus Teknis',
      'Pencarian',
      'SKJ',
      'Buku SKJ',
      'Keputusan Penetapan SKJ',
      'Konsistensi SKJ',
      'Kebijakan SKJ',
      'Dasbor Merit',
      'Peta Jabatan',
      'Kegiatan Penyusunan',
      'Katalog Nasional',
      'Pegawai',
      'Administrasi',
    ]);
  });

  it('shows the national merit dashboard and administration by their own capabilities', () => {
    renderWithRouter(
      <SideNav capabilities={{ ...none, readNationalMeritDashboard: true, manageOrgUnits: true }} />,
    );
    expect(menu()).toContain('Dasbor Merit');
    expect(menu()).toContain('Administrasi');
    expect(menu()).not.toContain('Konsistensi SKJ');
  });
});
