import { describe, expect, it } from 'vitest';
import type { Actor } from '../domain/actor';
import type { Role } from '../domain/roles';
import { type Capability, capabilities } from './capabilities';
import { civilServantPolicy } from './civil-servant';

const actor = (role: Role): Actor => ({
  userId: `${role}-1`,
  username: role,
  role,
  agencyId: role === 'superadmin' || role === 'ratifier' ? null : 'A',
});

const granted = (role: Role) =>
  Object.entries(capabilities(actor(role)))
    .filter(([, allowed]) => allowed)
    .map(([name]) => name as Capability)
    .sort();

const staffReads: Capability[] = [
  'exportStandards',
  'listPositions',
  'readDraftingCampaigns',
  'readJobDescriptions',
  'readMultiRaterRounds',
  'readPositionMap',
  'readSuccession',
  'readStandardPolicy',
  'readStandardReports',
  'readTalent',
  'readWorkload',
];
const composes: Capability[] = [
  'composeDictionaries',
  'composeJobDescriptions',
  'composeStandards',
  'createPositions',
  'editPositionMap',
  'evaluateJobs',
];

describe('capabilities', () => {
  it('gives each role exactly its reviewed set', () => {
    const expected: Record<Role, Capability[]> = {
      employee: ['answerQuestionnaires', 'readDraftingCampaigns', 'readOwnProfile'],
      drafter: [...staffReads, ...composes, 'generateBooks', 'readTasks'],
      verifier: [...staffReads, 'generateBooks', 'readTasks'],
      validator: [...staffReads, 'generateBooks', 'readTasks'],
      admin: [
        ...staffReads,
        ...composes,
        'adoptStandardsAsIs',
        'createEmployeeLogins',
        'editAgencyIdentity',
        'editStandardPolicy',
        'editWorkloadSettings',
        'generateBooks',
        'importCivilServants',
        'importPositionMap',
        'manageDraftingCampaigns',
        'manageOrgUnits',
        'manageUsers',
        'openMultiRaterRounds',
        'planSuccession',
        'ratifyJobDescriptions',
        'readTasks',
        'recordPotential',
      ],
      ratifier: [
        ...staffReads,
        'ratifyNationally',
        'readAllAgencies',
        'readNationalMeritDashboard',
        'readTasks',
      ],
      superadmin: [
        ...staffReads,
        'editStandardPolicy',
        'manageAgencies',
        'manageAllUsers',
        'manageBackups',
        'manageOrgUnits',
        'manageUsers',
        'readAllAgencies',
        'readNationalMeritDashboard',
      ],
    };
    for (const [role, list] of Object.entries(expected))
      expect(granted(role as Role)).toEqual([...list].sort());
  });
});

describe('civil servant policy', () => {
  const servant = { agencyId: 'A', userId: 'someone-else' };
  it('lets an employee read only the record linked to their login, answering not found otherwise', () => {
    expect(civilServantPolicy.can(actor('employee'), 'read', servant)).toBe(false);
    expect(civilServantPolicy.can(actor('employee'), 'read', { ...servant, userId: 'employee-1' })).toBe(
      true,
    );
    expect(() => civilServantPolicy.authorize(actor('employee'), 'match', servant)).toThrow(
      expect.objectContaining({ code: 'CIVIL_SERVANT_NOT_FOUND' }),
    );
  });
  it('lets the staff read, the admin create a login', () => {
    expect(civilServantPolicy.permissions(actor('verifier'), servant)).toEqual({
      read: true,
      match: true,
      createLogin: false,
      recordPotential: false,
      readTalentEvidence: true,
    });
    expect(civilServantPolicy.can(actor('admin'), 'createLogin', servant)).toBe(true);
    expect(civilServantPolicy.can({ ...actor('admin'), agencyId: 'B' }, 'read', servant)).toBe(false);
  });
});

describe('talent evidence', () => {
  const servant = { agencyId: 'A', userId: 'employee-1' };
  it('keeps potential results from the employee, even their own; the admin records them', () => {
    expect(civilServantPolicy.can(actor('employee'), 'read', servant)).toBe(true);
    expect(civilServantPolicy.can(actor('employee'), 'readTalentEvidence', servant)).toBe(false);
    expect(civilServantPolicy.can(actor('admin'), 'recordPotential', servant)).toBe(true);
    expect(civilServantPolicy.can(actor('drafter'), 'recordPotential', servant)).toBe(false);
  });
});
