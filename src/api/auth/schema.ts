import { z } from 'zod';
import { agencyKinds, roles } from '../../domain/roles';
import { permissionsOf, timestamp } from '../contract';
import { secret, text } from '../text';

export const loginBody = z.strictObject({
  username: text({ min: 1, max: 64 }),
  password: secret({ min: 1, max: 200 }),
});

export const sessionUserResponse = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    role: z.enum(roles),
    agency: z
      .object({ id: z.uuid(), code: z.string(), name: z.string(), kind: z.enum(agencyKinds) })
      .nullable(),
  }),
  csrfToken: z.string(),
  /** The password is temporary: every call but me, password and logout answers 403 until it is changed. */
  mustChangePassword: z.boolean(),
});

/** The general capabilities of a user (`src/policies/capabilities.ts`): which pages and buttons the UI offers. */
export const capabilityNames = [
  'composeStandards',
  'adoptStandardsAsIs',
  'exportStandards',
  'readStandardReports',
  'readNationalMeritDashboard',
  'ratifyNationally',
  'readTasks',
  'readStandardPolicy',
  'editStandardPolicy',
  'composeDictionaries',
  'readPositionMap',
  'listPositions',
  'createPositions',
  'importPositionMap',
  'editPositionMap',
  'evaluateJobs',
  'readJobDescriptions',
  'composeJobDescriptions',
  'ratifyJobDescriptions',
  'readWorkload',
  'editWorkloadSettings',
  'readTalent',
  'importCivilServants',
  'createEmployeeLogins',
  'readOwnProfile',
  'readDraftingCampaigns',
  'manageDraftingCampaigns',
  'generateBooks',
  'readAllAgencies',
  'manageUsers',
  'manageAllUsers',
  'manageAgencies',
  'manageBackups',
  'manageOrgUnits',
  'recordPotential',
  'answerQuestionnaires',
  'readMultiRaterRounds',
  'openMultiRaterRounds',
  'readSuccession',
  'planSuccession',
  'editAgencyIdentity',
] as const;

/** The signed-in user with the general capabilities. */
export const sessionResponse = sessionUserResponse.extend({
  capabilities: permissionsOf(capabilityNames),
  /** When this session ends unless renewed: the UI warns before and signs in again in place after. */
  sessionExpiresAt: timestamp(),
});

export const changePasswordBody = z.strictObject({
  currentPassword: secret({ min: 1, max: 200 }),
  newPassword: secret({ min: 1, max: 400 }),
});

/** `endedSessions`: the user's other sessions that were ended (this one stays). */
export const passwordChangedResponse = z.object({ ok: z.literal(true), endedSessions: z.number().int() });
