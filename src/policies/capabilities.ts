/**
 * What the signed-in actor may do in general, for navigation and page-level buttons: each flag is
 * one entity policy asked about the actor's own agency (or, for national actors, any agency), so
 * the web UI shows what the server allows and never re-derives roles. Per-record decisions stay in
 * the `permissions` of each read response.
 */
import type { Actor } from '../domain/actor';
import { bookPolicy } from './background-job';
import { backupPolicy } from './backup';
import { talentPolicy } from './civil-servant';
import { agencyDraftingCampaignsPolicy } from './drafting-campaign';
import { inboxPolicy } from './inbox';
import { agencyPolicy, orgUnitPolicy, userPolicy } from './index';
import { jobDescriptionPolicy, workloadPolicy } from './job-description';
import { agencyStandardsPolicy, standardActionRoles } from './job-standard';
import { agencyMultiRaterRoundsPolicy } from './multi-rater-round';
import { agencyPositionsPolicy, positionPolicy } from './position';
import { isEmployee } from './scope';
import { standardPolicyPolicy } from './standard-policy';
import { successionPolicy } from './succession';
import { agencyDictionariesPolicy } from './technical-dictionary';

const inboxTaskKinds = ['drafts', 'verify', 'validate', 'ratify', 'overview'] as const;

export function capabilities(actor: Actor) {
  const own = { agencyId: actor.agencyId };
  return {
    /** Create, adopt and import standards (the composer, "Adopsi" in the catalog). */
    composeStandards: agencyStandardsPolicy.can(actor, 'compose', own),
    /** Adopt a nationally ratified standard as is, with one confirmation ("Adopsi apa adanya"). */
    adoptStandardsAsIs: agencyStandardsPolicy.can(actor, 'adoptAsIs', own),
    /** Download an agency's standards as Excel. */
    exportStandards: agencyStandardsPolicy.can(actor, 'export', own),
    /** Consistency report and the agency's merit dashboard. */
    readStandardReports: agencyStandardsPolicy.can(actor, 'readReports', own),
    readNationalMeritDashboard: agencyStandardsPolicy.can(actor, 'readReports', { agencyId: null }),
    /** Take the national ratification step (KemenPAN-RB). */
    ratifyNationally: standardActionRoles.ratify.roles.includes(actor.role),
    /** "Beranda" lists the standards waiting for the actor (their inbox) and the menu counts them. */
    readTasks: inboxTaskKinds.some((kind) => inboxPolicy.can(actor, kind, own)),
    readStandardPolicy: standardPolicyPolicy.can(actor, 'readSettings', own),
    editStandardPolicy: standardPolicyPolicy.can(actor, 'update', own),
    composeDictionaries: agencyDictionariesPolicy.can(actor, 'create', own),
    /** The agency's positions with their standards ("SKJ"), where standards are composed and opened. */
    listPositions: agencyPositionsPolicy.can(actor, 'list', own),
    readPositionMap: agencyPositionsPolicy.can(actor, 'readMap', own),
    createPositions: agencyPositionsPolicy.can(actor, 'create', own),
    /** Bring the agency's existing peta jabatan (units and positions) in from Excel. */
    importPositionMap: agencyPositionsPolicy.can(actor, 'importMap', own),
    editPositionMap: positionPolicy.can(actor, 'update', own),
    evaluateJobs: positionPolicy.can(actor, 'evaluate', own),
    readJobDescriptions: jobDescriptionPolicy.can(actor, 'read', own),
    composeJobDescriptions: jobDescriptionPolicy.can(actor, 'update', own),
    ratifyJobDescriptions: jobDescriptionPolicy.can(actor, 'ratify', own),
    readWorkload: workloadPolicy.can(actor, 'readWorkload', own),
    editWorkloadSettings: workloadPolicy.can(actor, 'updateSettings', own),
    /** Civil servants, their matches, candidates, the talent pool and gap heatmaps ("Pegawai", "Talenta"). */
    readTalent: talentPolicy.can(actor, 'readTalent', own),
    importCivilServants: talentPolicy.can(actor, 'manage', own),
    createEmployeeLogins: talentPolicy.can(actor, 'manage', own),
    /** Enter potential results by hand and import them. */
    recordPotential: talentPolicy.can(actor, 'manage', own),
    /** "Profil Saya": the employee's own record, match and gaps. */
    readOwnProfile: isEmployee(actor),
    /** "Kuesioner 360°": the questionnaires the employee answers as a rater, and their own results. */
    answerQuestionnaires: isEmployee(actor),
    readMultiRaterRounds: agencyMultiRaterRoundsPolicy.can(actor, 'list', own),
    openMultiRaterRounds: agencyMultiRaterRoundsPolicy.can(actor, 'open', own),
    /** Succession dashboard, retirement forecast, training-needs analysis. */
    readSuccession: successionPolicy.can(actor, 'readSuccession', own),
    planSuccession: successionPolicy.can(actor, 'plan', own),
    readDraftingCampaigns: agencyDraftingCampaignsPolicy.can(actor, 'read', own),
    manageDraftingCampaigns: agencyDraftingCampaignsPolicy.can(actor, 'create', own),
    /** Start a Buku SKJ (and follow it). */
    generateBooks: bookPolicy.can(actor, 'generate', own),
    /** Choose among every agency in reports and lists (national actors). */
    readAllAgencies: agencyPolicy.canListAll(actor),
    manageUsers: userPolicy.canList(actor),
    manageAllUsers: userPolicy.canListAll(actor),
    manageAgencies: agencyPolicy.canCreate(actor),
    /** Online backups of the embedded database ("Cadangan"). */
    manageBackups: backupPolicy.can(actor, 'list', 'installation'),
    manageOrgUnits: orgUnitPolicy.canCreate(actor, actor.agencyId ?? ''),
    /** Letterhead, logo, head and staffing official of the actor's agency ("Identitas Instansi"). */
    editAgencyIdentity:
      actor.agencyId !== null && agencyPolicy.can(actor, 'updateIdentity', { id: actor.agencyId }),
  };
}

export type Capabilities = ReturnType<typeof capabilities>;
export type Capability = keyof Capabilities;
