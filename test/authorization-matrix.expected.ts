/**
 * The reviewed authorization matrix: for every API route with a path parameter (and a route whose
 * record is chosen by a query parameter, keyed with it: `?agencyId={id}`), per kind of record
 * ("subject"), the roles that get past authorization. Every other role must be refused (403, or
 * 404 where the record must not be seen at all). Read by test/authorization-matrix.test.ts, which
 * sends every route × role × subject; a route of the OpenAPI document without an entry fails the
 * test until its entry is added here.
 *
 * Actors: the roles of one agency ("own": admin, drafter, verifier, validator, employee) and the
 * national superadmin and ratifier. Subjects: a record of the actors' own agency or of another
 * agency; standards and dictionary versions as a draft (a draft revision) and as ratified; a
 * dictionary with and without a ratified version; for NIPs also the employee's own ("self").
 *
 * Shorthands: staff = admin drafter verifier validator; national = superadmin ratifier;
 * composers = admin drafter; everyone = all seven roles; '' = nobody.
 * A `*` after a write route's subject list: allowed roles are not sent (no safe probe); see the test.
 */

export const roles = [
  'superadmin',
  'admin',
  'drafter',
  'verifier',
  'validator',
  'ratifier',
  'employee',
] as const;
export type Role = (typeof roles)[number];

export type Subject =
  | 'own'
  | 'other'
  | 'self'
  | 'own-draft'
  | 'own-ratified'
  | 'other-draft'
  | 'other-ratified'
  | 'own-unratified';

const staffAndNational = 'staff national';

export const expectedMatrix: Record<string, Partial<Record<Subject, string>>> = {
  // Agencies and what hangs off them
  'GET /api/agencies/{id}': { own: 'everyone', other: 'national' },
  'POST /api/agencies/{id}/books': { own: 'staff', other: '' },
  'POST /api/agencies/{id}/decrees': { own: 'staff', other: '' },
  'GET /api/agencies/{id}/decree-template': { own: 'staff', other: '' },
  'GET /api/agencies/{id}/civil-servants': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/assessments': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/consistency-report': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/job-standards.xlsx': { own: staffAndNational, other: 'national' },
  'POST /api/agencies/{id}/job-standards/import': { own: 'composers', other: '' },
  'POST /api/agencies/{id}/job-standard-documents/import': { own: 'composers', other: '' },
  'GET /api/agencies/{id}/merit-dashboard': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/org-units': { own: 'everyone', other: 'national' },
  'POST /api/agencies/{id}/org-units': { own: 'admin superadmin', other: 'superadmin' },
  'GET /api/agencies/{id}/position-map': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/position-map.xlsx': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/position-map.pdf': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/staffing-recap.xlsx': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/staffing-recap.pdf': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/positions': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/standard-policy': { own: staffAndNational, other: 'national' },
  'PUT /api/agencies/{id}/standard-policy': { own: 'admin superadmin', other: 'superadmin' },
  'GET /api/agencies/{id}/talent-pool': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/multi-rater-rounds': { own: staffAndNational, other: 'national' },
  // Probe: a closing day in the past (refused after authorization).
  'POST /api/agencies/{id}/multi-rater-rounds': { own: 'admin', other: '' },
  'GET /api/agencies/{id}/succession': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/retirement-forecast': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/training-needs': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/training-needs.xlsx': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/workload-settings': { own: staffAndNational, other: 'national' },
  'GET /api/agencies/{id}/identity': { own: 'everyone', other: 'national' },
  'PUT /api/agencies/{id}/identity': { own: 'admin superadmin', other: 'superadmin' },
  'GET /api/agencies/{id}/logo': { own: 'everyone', other: 'national' },
  'POST /api/agencies/{id}/logo': { own: 'admin superadmin', other: 'superadmin' },
  'PUT /api/agencies/{id}/workload-settings': { own: 'admin', other: '' },

  // National catalog
  'POST /api/catalog/{id}/adopt': { 'own-ratified': 'composers', 'other-ratified': 'composers' },
  'POST /api/catalog/{id}/adopt-as-is': { 'own-ratified': 'admin', 'other-ratified': 'admin' },

  // Civil servants: an employee reads only their own record and match
  'GET /api/civil-servants/{nip}': { self: 'everyone', own: staffAndNational, other: 'national' },
  'POST /api/civil-servants/{nip}/login': { self: 'admin', own: 'admin', other: '' },
  'GET /api/civil-servants/{nip}/match': { self: 'everyone', own: staffAndNational, other: 'national' },
  // Potential results are talent-management data: not even the employee's own (403 for them).
  'GET /api/civil-servants/{nip}/potential': {
    self: staffAndNational,
    own: staffAndNational,
    other: 'national',
  },
  // Probe: a date in the future.
  'POST /api/civil-servants/{nip}/potential': { self: 'admin', own: 'admin', other: '' },

  // 360° rounds: the open round of each agency (its subject rated by themselves; in the own agency
  // also by the employee as a peer), and a closed one for the results
  'GET /api/multi-rater-rounds/{id}': { own: staffAndNational, other: 'national' },
  // Probe: the person named as their own rater.
  'POST /api/multi-rater-rounds/{id}/raters': { own: 'admin', other: '' },
  // Probe: the self-rating, which cannot be removed.
  'DELETE /api/multi-rater-rounds/{id}/raters/{raterId}': { own: 'admin', other: '' },
  'POST /api/multi-rater-rounds/{id}/close': { own: 'admin *', other: '' },
  // Results after closing: the agency's staff, the national actors, and the person themselves.
  'GET /api/multi-rater-rounds/{id}/results/{nip}': {
    self: 'staff national employee',
    own: staffAndNational,
    other: 'national',
  },
  // A questionnaire is its rater's alone: the employee's own peer rating; nobody reads another's.
  'GET /api/multi-rater-tasks/{id}': { self: 'employee', own: '', other: '' },
  // Probe: an answer about a competency the questionnaire does not have.
  'PUT /api/multi-rater-tasks/{id}': { self: 'employee', own: '', other: '' },

  // Technical dictionaries and their versions
  'GET /api/technical-dictionaries/{id}': {
    own: 'everyone',
    'own-unratified': staffAndNational,
    other: 'everyone',
  },
  'POST /api/technical-dictionaries/{id}/import': {
    own: 'composers',
    'own-unratified': 'composers',
    other: '',
  },
  'POST /api/technical-dictionaries/{id}/revisions': {
    own: 'composers',
    'own-unratified': 'composers',
    other: '',
  },
  'GET /api/dictionary-versions/{id}': {
    'own-draft': staffAndNational,
    'own-ratified': 'everyone',
    'other-draft': 'national',
    'other-ratified': 'everyone',
  },
  'GET /api/dictionary-versions/{id}/diff': {
    'own-draft': staffAndNational,
    'own-ratified': 'everyone',
    'other-draft': 'national',
    'other-ratified': 'everyone',
  },
  'GET /api/dictionary-versions/{id}/export.xlsx': {
    'own-draft': staffAndNational,
    'own-ratified': staffAndNational,
    'other-draft': 'national',
    'other-ratified': staffAndNational,
  },
  'PUT /api/dictionary-versions/{id}/checklist/{step}': {
    'own-draft': 'composers *',
    'own-ratified': 'composers',
    'other-draft': '',
    'other-ratified': '',
  },
  'POST /api/dictionary-versions/{id}/entries': {
    'own-draft': 'composers',
    'own-ratified': 'composers',
    'other-draft': '',
    'other-ratified': '',
  },
  'PUT /api/dictionary-versions/{id}/entries/{entryId}': {
    'own-draft': 'composers',
    'own-ratified': 'composers',
    'other-draft': '',
    'other-ratified': '',
  },
  'DELETE /api/dictionary-versions/{id}/entries/{entryId}': {
    'own-draft': 'composers *',
    'own-ratified': 'composers',
    'other-draft': '',
    'other-ratified': '',
  },
  // Probe: action "verify" (the verifier of the owning agency).
  'POST /api/dictionary-versions/{id}/transitions': {
    'own-draft': 'verifier',
    'own-ratified': 'verifier',
    'other-draft': '',
    'other-ratified': '',
  },

  // Drafting campaigns: the own agency's drafter sits in a drafting group as coordinator and holds
  // the assignment of the position; the employee is in no group.
  'GET /api/drafting-campaigns/{id}': { own: 'staff national', other: 'national' },
  'PATCH /api/drafting-campaigns/{id}': { own: 'admin', other: '' },
  'DELETE /api/drafting-campaigns/{id}': { own: 'admin *', other: '' },
  'GET /api/drafting-campaigns/{id}/progress': { own: 'staff national', other: 'national' },
  'GET /api/drafting-campaigns/{id}/decree-team': { own: 'staff national', other: 'national' },
  'PUT /api/drafting-campaigns/{id}/decree-team': { own: 'admin', other: '' },
  'GET /api/drafting-campaigns/{id}/team-decree.docx': { own: 'staff national', other: 'national' },
  'GET /api/drafting-campaigns/{id}/team-decree.pdf': { own: 'staff national', other: 'national' },
  'GET /api/drafting-campaigns/{id}/assignment-letter.docx': { own: 'staff national', other: 'national' },
  'GET /api/drafting-campaigns/{id}/assignment-letter.pdf': { own: 'staff national', other: 'national' },
  'GET /api/drafting-campaigns/{id}/schedule.docx': { own: 'staff national', other: 'national' },
  'GET /api/drafting-campaigns/{id}/schedule.pdf': { own: 'staff national', other: 'national' },
  'POST /api/drafting-campaigns/{id}/assignments': { own: 'admin drafter', other: '' },
  'POST /api/drafting-campaigns/{id}/groups': { own: 'admin *', other: '' },
  'PATCH /api/drafting-campaigns/{id}/groups/{groupId}': { own: 'admin *', other: '' },
  'DELETE /api/drafting-campaigns/{id}/groups/{groupId}': { own: 'admin *', other: '' },
  'POST /api/drafting-campaigns/{id}/groups/{groupId}/members': { own: 'admin', other: '' },
  'PATCH /api/drafting-campaigns/{id}/members/{userId}': { own: 'admin *', other: '' },
  'DELETE /api/drafting-campaigns/{id}/members/{userId}': { own: 'admin *', other: '' },
  'POST /api/drafting-campaigns/{id}/positions': { own: 'admin *', other: '' },
  'DELETE /api/drafting-campaigns/{id}/positions/{positionId}': { own: 'admin *', other: '' },
  'POST /api/drafting-campaigns/{id}/phases': { own: 'admin', other: '' },
  'PATCH /api/drafting-campaigns/{id}/phases/{phaseId}': { own: 'admin', other: '' },
  'DELETE /api/drafting-campaigns/{id}/phases/{phaseId}': { own: 'admin *', other: '' },
  'GET /api/drafting-campaigns/{id}/interviews': { own: 'staff national', other: 'national' },
  'POST /api/drafting-campaigns/{id}/interviews': { own: 'admin drafter', other: '' },
  'PATCH /api/drafting-campaigns/{id}/interviews/{interviewId}': { own: 'admin drafter', other: '' },
  'DELETE /api/drafting-campaigns/{id}/interviews/{interviewId}': { own: 'admin drafter *', other: '' },
  'POST /api/drafting-campaigns/{id}/sop-steps': { own: 'admin *', other: '' },
  'PATCH /api/drafting-campaigns/{id}/sop-steps/{stepId}': { own: 'admin *', other: '' },
  'DELETE /api/drafting-campaigns/{id}/sop-steps/{stepId}': { own: 'admin *', other: '' },
  // The step's actor role is "verifier": the agency's verifiers sign it off, and its admin.
  'POST /api/drafting-campaigns/{id}/sop-steps/{stepId}/sign-off': { own: 'admin verifier', other: '' },

  // Job standards: ratified versions are the catalog; drafts are the agency's work
  ...standardReads([
    'GET /api/job-standards/{id}',
    'GET /api/job-standards/{id}/diff',
    'GET /api/job-standards/{id}/findings',
    'GET /api/job-standards/{id}/versions',
    'GET /api/job-standards/{id}/document.docx',
    'GET /api/job-standards/{id}/document.pdf',
    'GET /api/job-standards/{id}/record.docx',
    'GET /api/job-standards/{id}/record.pdf',
    'GET /api/job-standards/{id}/questionnaire.docx',
    'GET /api/job-standards/{id}/questionnaire.pdf',
    'GET /api/job-standards/{id}/interview-guide.docx',
    'GET /api/job-standards/{id}/interview-guide.pdf',
    'GET /api/job-standards/{id}/cover-memo.docx',
    'GET /api/job-standards/{id}/cover-memo.pdf',
  ]),
  'PUT /api/job-standards/{id}': {
    'own-draft': 'composers',
    'own-ratified': 'composers',
    'other-draft': '',
    'other-ratified': '',
  },
  'PATCH /api/job-standards/{id}': {
    'own-draft': 'composers',
    'own-ratified': 'composers',
    'other-draft': '',
    'other-ratified': '',
  },
  // Allowed composers on a draft would write a proposal: not sent (the API tests cover them).
  'POST /api/job-standards/{id}/technical-proposals': {
    'own-draft': 'composers *',
    'own-ratified': 'composers',
    'other-draft': '',
    'other-ratified': '',
  },
  'POST /api/job-standards/{id}/revisions': {
    'own-draft': 'composers',
    'own-ratified': 'composers',
    'other-draft': '',
    'other-ratified': '',
  },
  // Probe: "verify" on a draft (the owning agency's verifier), "ratify" on a ratified version (the ratifier).
  'POST /api/job-standards/{id}/transitions': {
    'own-draft': 'verifier',
    'own-ratified': 'ratifier',
    'other-draft': '',
    'other-ratified': 'ratifier',
  },

  // Background jobs (the book of standards, imports of civil servants and assessment results)
  'GET /api/jobs/{id}': { own: staffAndNational, other: 'national' },
  'GET /api/jobs/{id}/download': { own: staffAndNational, other: 'national' },

  // Org units
  'GET /api/org-units/{id}/gap-heatmap': { own: staffAndNational, other: 'national' },
  'GET /api/org-units/{id}/workload-summary': { own: staffAndNational, other: 'national' },
  'GET /api/org-units/{id}/workload-summary.xlsx': { own: staffAndNational, other: 'national' },

  // Positions, job descriptions and workload
  'GET /api/positions/{id}': { own: staffAndNational, other: 'national' },
  'PATCH /api/positions/{id}': { own: 'composers', other: '' },
  'POST /api/positions/{id}/retire': { own: 'admin *', other: '' },
  'GET /api/positions/{id}/candidates': { own: staffAndNational, other: 'national' },
  'GET /api/positions/{id}/succession': { own: staffAndNational, other: 'national' },
  'PUT /api/positions/{id}/succession': { own: 'admin *', other: '' },
  // Probe: an NIP that is nobody's.
  'POST /api/positions/{id}/successors': { own: 'admin', other: '' },
  'PATCH /api/positions/{id}/successors/{nip}': { own: 'admin *', other: '' },
  'DELETE /api/positions/{id}/successors/{nip}': { own: 'admin *', other: '' },
  'GET /api/positions/{id}/job-evaluations': { own: staffAndNational, other: 'national' },
  'GET /api/positions/{id}/job-factor-information': { own: staffAndNational, other: 'national' },
  'GET /api/positions/{id}/similar-standards': { own: staffAndNational, other: 'national' },
  'GET /api/positions/{id}/job-description': { own: staffAndNational, other: 'national' },
  'PUT /api/positions/{id}/job-description': { own: 'composers', other: '' },
  'GET /api/positions/{id}/job-description.docx': { own: staffAndNational, other: 'national' },
  'GET /api/positions/{id}/job-description.pdf': { own: staffAndNational, other: 'national' },
  'POST /api/positions/{id}/job-description/ratify': { own: 'admin', other: '' },
  'GET /api/positions/{id}/job-description/tasks.xlsx': { own: staffAndNational, other: 'national' },
  'POST /api/positions/{id}/job-description/tasks/import': { own: 'composers', other: '' },
  'GET /api/positions/{id}/job-description/versions': { own: staffAndNational, other: 'national' },
  'GET /api/positions/{id}/job-description/versions/{version}': { own: staffAndNational, other: 'national' },
  'POST /api/positions/{id}/job-description/workload': { own: staffAndNational, other: 'national' },
  // The audit log of one agency (chosen by query): its admin and the superadmin
  'GET /api/audit-log?agencyId={id}': { own: 'admin superadmin', other: 'superadmin' },
  // Backups of the whole installation: the superadmin only (no backup exists in the test, so the
  // superadmin is not sent; everyone else must be refused)
  'GET /api/admin/backups/{id}/download': { own: 'superadmin *' },
  // Accounts: the agency's drafter as the subject (the drafter acting on themselves is refused:
  // nobody resets or deactivates their own account here)
  'PATCH /api/users/{id}': { own: 'admin superadmin *', other: 'superadmin *' },
  'POST /api/users/{id}/password-reset': { own: 'admin superadmin *', other: 'superadmin *' },
  // The drafter is the account itself (their own NIP and title).
  'PUT /api/users/{id}/profile': { own: 'admin superadmin drafter', other: 'superadmin' },
};

function standardReads(routes: string[]): Record<string, Partial<Record<Subject, string>>> {
  return Object.fromEntries(
    routes.map((route) => [
      route,
      {
        'own-draft': staffAndNational,
        'own-ratified': 'everyone',
        'other-draft': 'national',
        'other-ratified': 'everyone',
      },
    ]),
  );
}

const groups: Record<string, readonly Role[]> = {
  staff: ['admin', 'drafter', 'verifier', 'validator'],
  national: ['superadmin', 'ratifier'],
  composers: ['admin', 'drafter'],
  everyone: roles,
};

/** The allowed roles of one cell, and whether they are sent at all. */
export function allowedRoles(cell: string): { roles: Set<Role>; sendAllowed: boolean } {
  const words = cell.split(/\s+/).filter(Boolean);
  const sendAllowed = !words.includes('*');
  const result = new Set<Role>();
  for (const word of words) {
    if (word === '*') continue;
    const group = groups[word];
    if (group) for (const role of group) result.add(role);
    else if ((roles as readonly string[]).includes(word)) result.add(word as Role);
    else throw new Error(`authorization matrix: unknown role or group "${word}"`);
  }
  return { roles: result, sendAllowed };
}
