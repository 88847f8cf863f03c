/**
 * The one schema of SKJ (PostgreSQL 15 features only, so it runs on PGlite 18 and Debian's 15).
 * Every agency-owned table carries `agency_id`; national rows (official dictionaries, reference
 * tables) have none. Migrations are generated from this file with `npm run db:generate`.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
/**
 * The id of a row of a distributed table (ADR 0023): its primary key is `(id, agency_id)`, id first
 * so that a lookup by id keeps using the index.
 */
const agencyRowId = () => uuid('id').notNull().defaultRandom();
/**
 * The distribution value of the audit entries of national actions (superadmin, national ratifier,
 * a login before an account is known): no agency has it (`agencies_national_id_check`), so it never
 * appears as an agency; the audit log reads it back as "no agency" (ADR 0023, tahap 2).
 */
export const NATIONAL_AUDIT_AGENCY = '00000000-0000-0000-0000-000000000000';
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

// ---------------------------------------------------------------------------------------------
// Reference data (national, from the regulations; see src/domain/reference/README.md)

export const proficiencyLevels = pgTable('proficiency_levels', {
  level: integer('level').primaryKey(),
  name: text('name').notNull(),
  nameId: text('name_id').notNull(),
});

export const jobLevels = pgTable('job_levels', {
  code: text('code').primaryKey(),
  positionGroup: text('position_group').notNull(),
  name: text('name').notNull(),
  managerialLevel: integer('managerial_level'),
  socioCulturalLevel: integer('socio_cultural_level'),
  verified: boolean('verified').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

export const ranks = pgTable('ranks', {
  grade: text('grade').primaryKey(),
  code: text('code').notNull().unique(),
  rank: text('rank').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

export const educationLevels = pgTable('education_levels', {
  code: text('code').primaryKey(),
  sortOrder: integer('sort_order').notNull(),
});

export const governmentAffairs = pgTable('government_affairs', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  kind: text('kind').notNull(), // 'affair' | 'supportingFunction'
  sortOrder: integer('sort_order').notNull(),
});

// ---------------------------------------------------------------------------------------------
// Agencies, org units, users, sessions

export const agencies = pgTable(
  'agencies',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    createdAt: createdAt(),
    // Identity for official documents (letterhead, signatures, decree heading); all optional.
    /** As written in letterheads, e.g. "Pemerintah Kota Contoh"; null: `name`. */
    officialName: text('official_name'),
    /** Second letterhead line (the staffing unit), e.g. "Badan Kepegawaian dan Pengembangan SDM". */
    letterheadUnit: text('letterhead_unit'),
    address: text('address'),
    phone: text('phone'),
    website: text('website'),
    email: text('email'),
    /** Where documents are signed ("Ditetapkan di …"), e.g. "Kota Contoh". */
    place: text('place'),
    /** The province a regency or city lies in (decree heading). */
    province: text('province'),
    headTitle: text('head_title'),
    headName: text('head_name'),
    headNip: text('head_nip'),
    /** The staffing official (PPK or the official acting for them) who signs staffing documents. */
    staffingTitle: text('staffing_title'),
    staffingName: text('staffing_name'),
    staffingNip: text('staffing_nip'),
    /** PNG or sanitised SVG, base64; at most 512 KiB decoded. */
    logoData: text('logo_data'),
    logoContentType: text('logo_content_type'),
    identityUpdatedAt: timestamp('identity_updated_at', { withTimezone: true }),
  },
  (t) => [
    check('agencies_kind_check', sql`${t.kind} in ('ministry','province','regency','city')`),
    check('agencies_national_id_check', sql`${t.id} <> ${sql.raw(`'${NATIONAL_AUDIT_AGENCY}'`)}`),
    check(
      'agencies_logo_type_check',
      sql`${t.logoContentType} is null or ${t.logoContentType} in ('image/png','image/svg+xml')`,
    ),
  ],
);

export const orgUnits = pgTable(
  'org_units',
  {
    id: agencyRowId(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    parentId: uuid('parent_id'),
    code: text('code'),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'org_units_pkey', columns: [t.id, t.agencyId] }),
    index('org_units_agency_idx').on(t.agencyId),
    index('org_units_parent_idx').on(t.parentId),
    uniqueIndex('org_units_agency_code_idx').on(t.agencyId, t.code),
  ],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    username: text('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    active: boolean('active').notNull().default(true),
    /** Set for a password someone else chose (new account, reset, employee login): change it first. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /** A temporary password stops working at this time; null for a password the user chose. */
    passwordExpiresAt: timestamp('password_expires_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    /** NIP (18 digits) of a civil servant, printed under their signature; null when none. */
    nip: text('nip'),
    /** Official title (jabatan), e.g. "Kepala Bidang Pengembangan Kompetensi", printed with signatures. */
    positionTitle: text('position_title'),
    createdAt: createdAt(),
  },
  (t) => [
    index('users_agency_idx').on(t.agencyId),
    check(
      'users_role_check',
      sql`${t.role} in ('superadmin','admin','drafter','verifier','validator','ratifier','employee')`,
    ),
    // Agency roles must belong to an agency; national roles may not.
    check('users_agency_role_check', sql`(${t.role} in ('superadmin','ratifier')) = (${t.agencyId} is null)`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not leak live sessions. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Login throttling: one row per (kind, key), updated by a single upsert per attempt so parallel
 * tries cannot slip past the count. `pair` = username + client address (exponential back-off),
 * `ip` = client address (a higher ceiling per window). See docs/decisions/0013.
 */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    failures: integer('failures').notNull().default(0),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
    /** `pair` rows: the last correct password from this address (exempts it from the address ceiling). */
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.key] }),
    check('login_throttle_kind_check', sql`${t.kind} in ('pair','ip')`),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: uuid('user_id'),
    /** The agency, or `NATIONAL_AUDIT_AGENCY` for a national action. */
    agencyId: uuid('agency_id').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    diff: jsonb('diff'),
  },
  (t) => [
    primaryKey({ name: 'audit_log_pkey', columns: [t.id, t.agencyId] }),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_agency_idx').on(t.agencyId, t.at),
    /** The agency's log newest first, a page at a time (keyset on id). */
    index('audit_log_agency_id_idx').on(t.agencyId, t.id),
  ],
);

// ---------------------------------------------------------------------------------------------
// Competency dictionaries. The official managerial and socio-cultural dictionaries are national
// (agency_id null) with one ratified version; technical dictionaries belong to an agency.

export const competencyDictionaries = pgTable(
  'competency_dictionaries',
  {
    id: id(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    kind: text('kind').notNull(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    source: text('source'),
    createdAt: createdAt(),
  },
  (t) => [
    check('competency_dictionaries_kind_check', sql`${t.kind} in ('managerial','socioCultural','technical')`),
  ],
);

export const dictionaryVersions = pgTable(
  'dictionary_versions',
  {
    id: id(),
    dictionaryId: uuid('dictionary_id')
      .notNull()
      .references(() => competencyDictionaries.id),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
    basedOnVersionId: uuid('based_on_version_id'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: uuid('verified_by'),
    ratifiedAt: timestamp('ratified_at', { withTimezone: true }),
    ratifiedBy: uuid('ratified_by'),
    /** Bumped on every change to the version or its entries (optimistic locking). */
    revision: integer('revision').notNull().default(0),
  },
  (t) => [
    uniqueIndex('dictionary_versions_unique_idx').on(t.dictionaryId, t.version),
    check('dictionary_versions_status_check', sql`${t.status} in ('draft','verified','ratified')`),
  ],
);

export const competencies = pgTable(
  'competencies',
  {
    id: id(),
    dictionaryVersionId: uuid('dictionary_version_id')
      .notNull()
      .references(() => dictionaryVersions.id),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    definition: text('definition').notNull(),
    governmentAffair: text('government_affair'),
    subAffair: text('sub_affair'),
    group: text('competency_group'),
    sortOrder: integer('sort_order').notNull().default(0),
    /** True when the official text was not available and a placeholder stands in. */
    isPlaceholder: boolean('is_placeholder').notNull().default(false),
    /** Bumped on every change to this entry: an editor saving an older revision gets ENTRY_STALE. */
    revision: integer('revision').notNull().default(1),
    /** Every level's description and indicators, kept by the app for full-text search. */
    searchText: text('search_text').notNull().default(''),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('indonesian'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('indonesian'::regconfig, coalesce(definition, '')), 'B') || setweight(to_tsvector('indonesian'::regconfig, coalesce(search_text, '')), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex('competencies_version_code_idx').on(t.dictionaryVersionId, t.code),
    index('competencies_search_idx').using('gin', t.searchVector),
    index('competencies_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

export const dictionaryVersionEvents = pgTable(
  'dictionary_version_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => dictionaryVersions.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id'),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dictionary_version_events_version_idx').on(t.versionId)],
);

export const dictionaryChecklist = pgTable(
  'dictionary_checklist',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => dictionaryVersions.id),
    step: text('step').notNull(),
    tickedBy: uuid('ticked_by').notNull(),
    tickedAt: timestamp('ticked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.step] })],
);

export const competencyLevels = pgTable(
  'competency_levels',
  {
    competencyId: uuid('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'cascade' }),
    level: integer('level').notNull(),
    description: text('description').notNull(),
    behaviourIndicators: jsonb('behaviour_indicators').$type<string[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.competencyId, t.level] }),
    check('competency_levels_level_check', sql`${t.level} between 1 and 5`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Positions (jabatan)

export const positions = pgTable(
  'positions',
  {
    id: agencyRowId(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    orgUnitId: uuid('org_unit_id'),
    parentPositionId: uuid('parent_position_id'),
    name: text('name').notNull(),
    positionGroup: text('position_group').notNull(),
    jobLevel: text('job_level')
      .notNull()
      .references(() => jobLevels.code),
    governmentAffair: text('government_affair'),
    summary: text('summary'),
    tasks: jsonb('tasks').$type<string[]>().notNull().default([]),
    /** Given at national ratification; positions adopting one national standard share it. */
    positionCode: text('position_code'),
    rankMin: text('rank_min').references(() => ranks.grade),
    rankMax: text('rank_max').references(() => ranks.grade),
    /** Civil servants in place (entered on the position map until assessments bring people). */
    headcount: integer('headcount').notNull().default(0),
    /** Required headcount (kebutuhan, from workload analysis). */
    requiredHeadcount: integer('required_headcount').notNull().default(1),
    /** Latest job evaluation result (history in `job_evaluations`). */
    jobValue: integer('job_value'),
    jobGrade: integer('job_grade'),
    /** Set when the agency retires the position (abolished, merged); its standards stay readable. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'positions_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'positions_org_unit_fk',
      columns: [t.orgUnitId, t.agencyId],
      foreignColumns: [orgUnits.id, orgUnits.agencyId],
    }),
    check('positions_headcount_check', sql`${t.headcount} >= 0 and ${t.requiredHeadcount} >= 0`),
    check('positions_job_grade_check', sql`${t.jobGrade} between 1 and 17`),
    index('positions_agency_idx').on(t.agencyId),
    /** The agency's positions by name, a page at a time (keyset on name, id). */
    index('positions_agency_name_idx').on(t.agencyId, t.name, t.id),
    index('positions_org_unit_idx').on(t.orgUnitId),
    check('positions_group_check', sql`${t.positionGroup} in ('leadership','administrative','functional')`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Job competency standards (SKJ). Each row is one version of a standard; versions of the same
// standard share a lineage. The content (identity, competency rows with their copied texts,
// requirements) is a JSON snapshot: a ratified row never changes, a revision is a new row.

export const jobStandards = pgTable(
  'job_standards',
  {
    id: agencyRowId(),
    lineageId: uuid('lineage_id').notNull(),
    version: integer('version').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    positionId: uuid('position_id').notNull(),
    status: text('status').notNull(),
    /** Bumped on every save (optimistic locking: a save names the revision it edited). */
    revision: integer('revision').notNull().default(0),
    positionName: text('position_name').notNull(),
    jobLevel: text('job_level').notNull(),
    content: jsonb('content').notNull(),
    policyName: text('policy_name').notNull(),
    /** Same for every version of a lineage; unique across lineages (the counter). */
    positionCode: text('position_code'),
    originStandardId: uuid('origin_standard_id'),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    ratifiedBy: uuid('ratified_by'),
    ratifiedAt: timestamp('ratified_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'job_standards_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'job_standards_position_fk',
      columns: [t.positionId, t.agencyId],
      foreignColumns: [positions.id, positions.agencyId],
    }),
    uniqueIndex('job_standards_lineage_version_idx').on(t.lineageId, t.version, t.agencyId),
    index('job_standards_agency_idx').on(t.agencyId, t.status),
    index('job_standards_position_idx').on(t.positionId),
    index('job_standards_code_idx').on(t.positionCode),
    index('job_standards_name_trgm_idx').using('gist', sql`lower(${t.positionName}) gist_trgm_ops`),
    /** The standards of one catalog name (see `catalogPositionNames`). */
    index('job_standards_lower_name_idx').on(sql`lower(${t.positionName})`),
    /** The national catalog a page at a time: ratified versions by name (keyset on name, id)… */
    index('job_standards_catalog_idx').on(t.positionName, t.id).where(sql`${t.status} = 'ratified'`),
    /** …and those of one job level, so a rare level does not walk the whole catalog. */
    index('job_standards_catalog_level_idx')
      .on(t.jobLevel, t.positionName, t.id)
      .where(sql`${t.status} = 'ratified'`),
    check(
      'job_standards_status_check',
      sql`${t.status} in ('draft','submitted','verified','validated','ratified')`,
    ),
  ],
);

/** The competency rows of each standard version, flat, for set-based similarity and reports. */
export const jobStandardCompetencies = pgTable(
  'job_standard_competencies',
  {
    /** Its agency, as on its parent: the distribution key (ADR 0023). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    standardId: uuid('standard_id').notNull(),
    competencyId: uuid('competency_id').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    requiredLevel: integer('required_level').notNull(),
    editedFromDictionary: boolean('edited_from_dictionary').notNull().default(false),
  },
  (t) => [
    foreignKey({
      name: 'job_standard_competencies_standard_fk',
      columns: [t.standardId, t.agencyId],
      foreignColumns: [jobStandards.id, jobStandards.agencyId],
    }).onDelete('cascade'),
    primaryKey({
      name: 'job_standard_competencies_pkey',
      columns: [t.standardId, t.competencyId, t.agencyId],
    }),
    index('job_standard_competencies_competency_idx').on(t.competencyId),
  ],
);

/**
 * Every distinct position name (lower case) a ratified standard has had: a national catalog of
 * 150,000 standards holds far fewer names (the same "Kepala Seksi …" in hundreds of agencies), so
 * the nearest names by trigram distance are found in this small index and their standards through
 * `job_standards_lower_name_idx`. Kept by a trigger on `job_standards` (migration 0015): whatever
 * writes a ratified standard (ratification, adoption, imports, bulk SQL) adds its name.
 */
export const catalogPositionNames = pgTable(
  'catalog_position_names',
  { name: text('name').primaryKey() },
  (t) => [index('catalog_position_names_trgm_idx').using('gist', sql`${t.name} gist_trgm_ops`)],
);

export const jobStandardTransitions = pgTable(
  'job_standard_transitions',
  {
    /** Its agency, as on its parent: the distribution key (ADR 0023). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    id: bigserial('id', { mode: 'number' }).notNull(),
    standardId: uuid('standard_id').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id').notNull(),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'job_standard_transitions_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'job_standard_transitions_standard_fk',
      columns: [t.standardId, t.agencyId],
      foreignColumns: [jobStandards.id, jobStandards.agencyId],
    }),
    index('job_standard_transitions_standard_idx').on(t.standardId),
  ],
);

/** An agency admin's override of the default standard policy (RCL patterns, weights, …). */
export const standardPolicies = pgTable('standard_policies', {
  agencyId: uuid('agency_id')
    .primaryKey()
    .references(() => agencies.id),
  baseName: text('base_name').notNull(),
  override: jsonb('override').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** National counter behind position codes given at ratification. */
export const positionCodeCounter = pgTable('position_code_counter', {
  year: integer('year').primaryKey(),
  lastValue: integer('last_value').notNull(),
});

// ---------------------------------------------------------------------------------------------
// Background jobs (books of standards, imports): the queue every app instance shares (ADR 0022).
// A worker claims a queued row with `for update skip locked` and holds it by a lease it renews;
// a lease that runs out (the instance died) puts the job back in the queue.

export const backgroundJobs = pgTable(
  'background_jobs',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    kind: text('kind').notNull(),
    params: jsonb('params').notNull().default({}),
    status: text('status').notNull().default('queued'),
    /** What a running job is doing now, e.g. an import's `reading`, `checking`, `applying`. */
    phase: text('phase'),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    /** Imports: data rows read so far, and how many of them have a problem. */
    rowsRead: integer('rows_read').notNull().default(0),
    rowsRejected: integer('rows_rejected').notNull().default(0),
    /** Per-item failures `{ item, message }[]`: reported, never silent. */
    failures: jsonb('failures').notNull().default([]),
    /** What a finished job answers (an import's counts), as the synchronous call answered. */
    result: jsonb('result'),
    error: text('error'),
    /** A failed job's stable code and details (an import's row report: IMPORT_REJECTED). */
    errorCode: text('error_code'),
    errorDetails: jsonb('error_details'),
    /** The uploaded file a job reads, in the job file store; removed when the job ends. */
    inputFile: text('input_file'),
    /** The result file in the job file store; null once expired. */
    resultFile: text('result_file'),
    resultName: text('result_name'),
    contentType: text('content_type'),
    /** The worker (instance) holding a running job, and until when its lease runs. */
    lockedBy: text('locked_by'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** Claims so far: a job whose worker died this many times fails instead of running again. */
    attempts: integer('attempts').notNull().default(0),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('background_jobs_agency_idx').on(t.agencyId, t.createdAt),
    index('background_jobs_queued_idx').on(t.createdAt).where(sql`${t.status} = 'queued'`),
    index('background_jobs_lease_idx').on(t.leaseUntil).where(sql`${t.status} = 'running'`),
    check('background_jobs_status_check', sql`${t.status} in ('queued','running','done','failed','expired')`),
  ],
);

/**
 * Counters bumped in the transaction of a write that in-memory indexes depend on (key
 * `talent:<agency id>`: who exists and their current levels), so every app instance sees a change
 * by reading one row and rebuilds what it cached.
 */
export const dataRevisions = pgTable('data_revisions', {
  key: text('key').primaryKey(),
  revision: bigint('revision', { mode: 'number' }).notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Files of background jobs on PostgreSQL (uploads to import, books to download), in parts of at
 * most 1 MiB, so that every app instance reaches them without a shared disk. PGlite keeps them in
 * the data dir instead (one instance by construction).
 */
export const jobFiles = pgTable(
  'job_files',
  {
    name: text('name').notNull(),
    part: integer('part').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.name, t.part] })],
);

// ---------------------------------------------------------------------------------------------
// Organisation: job evaluation (PermenPAN-RB 34/2011, 39/2013) and drafting campaigns (seed 000).

/** Every evaluation of a position is kept; the position carries the latest value and grade. */
export const jobEvaluations = pgTable(
  'job_evaluations',
  {
    id: agencyRowId(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    positionId: uuid('position_id').notNull(),
    kind: text('kind').notNull(),
    /** Factor → chosen level, e.g. `{ "1": "1-3", "4A": "4A-2" }`. */
    levels: jsonb('levels').notNull(),
    justifications: jsonb('justifications').notNull().default({}),
    jobValue: integer('job_value').notNull(),
    jobGrade: integer('job_grade').notNull(),
    breakdown: jsonb('breakdown').notNull(),
    evaluatedBy: uuid('evaluated_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'job_evaluations_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'job_evaluations_position_fk',
      columns: [t.positionId, t.agencyId],
      foreignColumns: [positions.id, positions.agencyId],
    }),
    index('job_evaluations_position_idx').on(t.positionId, t.createdAt),
    check('job_evaluations_kind_check', sql`${t.kind} in ('structural','functional')`),
  ],
);

export const draftingCampaigns = pgTable(
  'drafting_campaigns',
  {
    id: agencyRowId(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'drafting_campaigns_pkey', columns: [t.id, t.agencyId] }),
    index('drafting_campaigns_agency_idx').on(t.agencyId),
    check('drafting_campaigns_period_check', sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);

/** Steering team and drafting groups. */
export const draftingCampaignGroups = pgTable(
  'drafting_campaign_groups',
  {
    /** Its agency, as on its parent: the distribution key (ADR 0023). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    id: agencyRowId(),
    draftingCampaignId: uuid('drafting_campaign_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
  },
  (t) => [
    primaryKey({ name: 'drafting_campaign_groups_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'drafting_campaign_groups_drafting_campaign_fk',
      columns: [t.draftingCampaignId, t.agencyId],
      foreignColumns: [draftingCampaigns.id, draftingCampaigns.agencyId],
    }).onDelete('cascade'),
    index('drafting_campaign_groups_drafting_campaign_idx').on(t.draftingCampaignId),
    check('drafting_campaign_groups_kind_check', sql`${t.kind} in ('steering','drafting')`),
  ],
);

/** A user sits in at most one group of a drafting campaign. */
export const draftingCampaignMembers = pgTable(
  'drafting_campaign_members',
  {
    /** Its agency, as on its parent: the distribution key (ADR 0023). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    draftingCampaignId: uuid('drafting_campaign_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    groupId: uuid('group_id').notNull(),
    role: text('role').notNull(),
  },
  (t) => [
    foreignKey({
      name: 'drafting_campaign_members_drafting_campaign_fk',
      columns: [t.draftingCampaignId, t.agencyId],
      foreignColumns: [draftingCampaigns.id, draftingCampaigns.agencyId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'drafting_campaign_members_group_fk',
      columns: [t.groupId, t.agencyId],
      foreignColumns: [draftingCampaignGroups.id, draftingCampaignGroups.agencyId],
    }).onDelete('cascade'),
    primaryKey({
      name: 'drafting_campaign_members_pkey',
      columns: [t.draftingCampaignId, t.userId, t.agencyId],
    }),
    check('drafting_campaign_members_role_check', sql`${t.role} in ('coordinator','member')`),
  ],
);

/** Positions in scope, each assigned to one member (or not yet). */
export const draftingCampaignPositions = pgTable(
  'drafting_campaign_positions',
  {
    /** Its agency, as on its parent: the distribution key (ADR 0023). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    draftingCampaignId: uuid('drafting_campaign_id').notNull(),
    positionId: uuid('position_id').notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id),
    /** ISO date by which the standard should be submitted; defaults to the composing phase end. */
    dueOn: text('due_on'),
  },
  (t) => [
    foreignKey({
      name: 'drafting_campaign_positions_drafting_campaign_fk',
      columns: [t.draftingCampaignId, t.agencyId],
      foreignColumns: [draftingCampaigns.id, draftingCampaigns.agencyId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'drafting_campaign_positions_position_fk',
      columns: [t.positionId, t.agencyId],
      foreignColumns: [positions.id, positions.agencyId],
    }),
    primaryKey({
      name: 'drafting_campaign_positions_pkey',
      columns: [t.draftingCampaignId, t.positionId, t.agencyId],
    }),
    index('drafting_campaign_positions_assignee_idx').on(t.assigneeId),
  ],
);

/** Weekly schedule: phases with their weeks. */
export const draftingCampaignPhases = pgTable(
  'drafting_campaign_phases',
  {
    /** Its agency, as on its parent: the distribution key (ADR 0023). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    id: agencyRowId(),
    draftingCampaignId: uuid('drafting_campaign_id').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    primaryKey({ name: 'drafting_campaign_phases_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'drafting_campaign_phases_drafting_campaign_fk',
      columns: [t.draftingCampaignId, t.agencyId],
      foreignColumns: [draftingCampaigns.id, draftingCampaigns.agencyId],
    }).onDelete('cascade'),
    index('drafting_campaign_phases_drafting_campaign_idx').on(t.draftingCampaignId),
    check(
      'drafting_campaign_phases_kind_check',
      sql`${t.kind} in ('preparation','dataCollection','processing','composing','other')`,
    ),
  ],
);

export const draftingCampaignInterviews = pgTable(
  'drafting_campaign_interviews',
  {
    /** Its agency, as on its parent: the distribution key (ADR 0023). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    id: agencyRowId(),
    draftingCampaignId: uuid('drafting_campaign_id').notNull(),
    positionId: uuid('position_id').notNull(),
    intervieweeRole: text('interviewee_role').notNull(),
    intervieweeName: text('interviewee_name').notNull(),
    heldOn: text('held_on').notNull(),
    notes: text('notes').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'drafting_campaign_interviews_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'drafting_campaign_interviews_drafting_campaign_fk',
      columns: [t.draftingCampaignId, t.agencyId],
      foreignColumns: [draftingCampaigns.id, draftingCampaigns.agencyId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'drafting_campaign_interviews_position_fk',
      columns: [t.positionId, t.agencyId],
      foreignColumns: [positions.id, positions.agencyId],
    }),
    index('drafting_campaign_interviews_position_idx').on(t.draftingCampaignId, t.positionId),
    check(
      'drafting_campaign_interviews_role_check',
      sql`${t.intervieweeRole} in ('holder','superior','policyMaker')`,
    ),
  ],
);

/** The SOP of seed 003 as configurable steps, each signed off once. */
export const draftingCampaignSopSteps = pgTable(
  'drafting_campaign_sop_steps',
  {
    /** Its agency, as on its parent: the distribution key (ADR 0023). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    id: agencyRowId(),
    draftingCampaignId: uuid('drafting_campaign_id').notNull(),
    sortOrder: integer('sort_order').notNull(),
    step: text('step').notNull(),
    actorRole: text('actor_role').notNull(),
    inputs: text('inputs').notNull().default(''),
    duration: text('duration').notNull().default(''),
    output: text('output').notNull().default(''),
    signedOffBy: uuid('signed_off_by'),
    signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
    signOffNote: text('sign_off_note'),
  },
  (t) => [
    primaryKey({ name: 'drafting_campaign_sop_steps_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'drafting_campaign_sop_steps_drafting_campaign_fk',
      columns: [t.draftingCampaignId, t.agencyId],
      foreignColumns: [draftingCampaigns.id, draftingCampaigns.agencyId],
    }).onDelete('cascade'),
    index('drafting_campaign_sop_steps_drafting_campaign_idx').on(t.draftingCampaignId, t.sortOrder),
  ],
);

/**
 * The team as its decree (SK Tim Penyusun) names it: steering roles and members, who need not be
 * users of SKJ (a regent's deputy, an outside assessor). Printed in the decree and the SPT.
 */
export const draftingCampaignDecreeMembers = pgTable(
  'drafting_campaign_decree_members',
  {
    /** Its agency, as on its parent: the distribution key (ADR 0023). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    id: agencyRowId(),
    draftingCampaignId: uuid('drafting_campaign_id').notNull(),
    teamRole: text('team_role').notNull(),
    name: text('name').notNull(),
    nip: text('nip'),
    positionTitle: text('position_title').notNull().default(''),
    /** Set when the member is also a user of SKJ. */
    userId: uuid('user_id').references(() => users.id),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    primaryKey({ name: 'drafting_campaign_decree_members_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'drafting_campaign_decree_members_drafting_campaign_fk',
      columns: [t.draftingCampaignId, t.agencyId],
      foreignColumns: [draftingCampaigns.id, draftingCampaigns.agencyId],
    }).onDelete('cascade'),
    index('drafting_campaign_decree_members_campaign_idx').on(t.draftingCampaignId, t.sortOrder),
    check(
      'drafting_campaign_decree_members_role_check',
      sql`${t.teamRole} in ('steering','responsible','coordinator','chair','secretary','member')`,
    ),
  ],
);

// ---------------------------------------------------------------------------------------------
// Using the standards: civil servants, assessment results, the match (PermenPAN-RB 38/2017 art. 68).

export const civilServants = pgTable(
  'civil_servants',
  {
    id: agencyRowId(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /**
     * 18 digits, unique nationally (see `domain/nip.ts`): the database holds it unique per agency
     * (a distributed table cannot hold a national unique index, ADR 0023 tahap 2); the import
     * keeps it unique nationally (`applyStagedCivilServants`).
     */
    nip: text('nip').notNull(),
    name: text('name').notNull(),
    birthDate: text('birth_date').notNull(),
    serviceStart: text('service_start').notNull(),
    sex: text('sex').notNull(),
    rankGrade: text('rank_grade').references(() => ranks.grade),
    educationLevel: text('education_level'),
    fieldOfStudy: text('field_of_study'),
    positionId: uuid('position_id'),
    /** Latest performance (kinerja) band, derived from the rating (`domain/performance-rating.ts`). */
    performance: text('performance'),
    /** Latest SKP rating (predikat kinerja) as imported; null when the file gave only the band. */
    performanceRating: text('performance_rating'),
    /** The login of this civil servant (role `employee`), when one exists. */
    userId: uuid('user_id').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'civil_servants_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'civil_servants_position_fk',
      columns: [t.positionId, t.agencyId],
      foreignColumns: [positions.id, positions.agencyId],
    }),
    /** Who holds an NIP, whichever agency (the import's check against other agencies). */
    index('civil_servants_nip_idx').on(t.nip),
    index('civil_servants_agency_idx').on(t.agencyId),
    /** The agency's people by name or by NIP, a page at a time (keyset). */
    index('civil_servants_agency_name_idx').on(t.agencyId, t.name, t.id),
    /** A name search (`ILIKE '%siti%'`) by trigrams: the cost follows the matches, not the list. */
    index('civil_servants_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    uniqueIndex('civil_servants_agency_nip_idx').on(t.agencyId, t.nip),
    index('civil_servants_position_idx').on(t.positionId),
    uniqueIndex('civil_servants_user_idx').on(t.userId, t.agencyId),
    check('civil_servants_sex_check', sql`${t.sex} in ('male','female')`),
    check('civil_servants_performance_check', sql`${t.performance} in ('below','meets','above')`),
    check(
      'civil_servants_performance_rating_check',
      sql`${t.performanceRating} in ('veryGood','good','needsImprovement','poor','veryPoor')`,
    ),
  ],
);

/** One assessment session of a civil servant (assessment centre, date, assessor); history kept. */
export const assessments = pgTable(
  'assessments',
  {
    id: agencyRowId(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    civilServantId: uuid('civil_servant_id').notNull(),
    assessedOn: text('assessed_on').notNull(),
    assessor: text('assessor').notNull(),
    institution: text('institution').notNull().default(''),
    /** An assessment centre's results (imported) or a closed 360° round's. */
    method: text('method').notNull().default('assessmentCentre'),
    multiRaterRoundId: uuid('multi_rater_round_id'),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'assessments_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'assessments_civil_servant_fk',
      columns: [t.civilServantId, t.agencyId],
      foreignColumns: [civilServants.id, civilServants.agencyId],
    }),
    index('assessments_servant_idx').on(t.civilServantId, t.assessedOn),
    /** The agency's sessions newest first, a page at a time (keyset on date, id). */
    index('assessments_agency_idx').on(t.agencyId, t.assessedOn, t.id),
    check('assessments_method_check', sql`${t.method} in ('assessmentCentre','multiRater')`),
  ],
);

/**
 * Potential (potensial) of a civil servant, the vertical axis of the 9-box: a result of an
 * assessment centre or of the talent-management assessment, imported or entered by HR. History
 * kept; the newest by date is current.
 */
export const potentialAssessments = pgTable(
  'potential_assessments',
  {
    id: agencyRowId(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    civilServantId: uuid('civil_servant_id').notNull(),
    assessedOn: text('assessed_on').notNull(),
    /** 0..100 when the result was a score; null when it was a category. */
    score: doublePrecision('score'),
    /** The band: as given, or from the score by the policy at the time of entry. */
    band: text('band').notNull(),
    /** Who assessed: "UPT Penilaian Kompetensi BKD", "Asesmen Manajemen Talenta 2026", … */
    source: text('source').notNull(),
    /** How it came in: a file import or HR's manual entry. */
    entry: text('entry').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'potential_assessments_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'potential_assessments_civil_servant_fk',
      columns: [t.civilServantId, t.agencyId],
      foreignColumns: [civilServants.id, civilServants.agencyId],
    }),
    index('potential_assessments_servant_idx').on(t.civilServantId, t.assessedOn),
    index('potential_assessments_agency_idx').on(t.agencyId),
    check('potential_assessments_band_check', sql`${t.band} in ('low','medium','high')`),
    check('potential_assessments_score_check', sql`${t.score} between 0 and 100`),
    check('potential_assessments_entry_check', sql`${t.entry} in ('import','manual')`),
  ],
);

/**
 * Assessed levels. A competency is identified across dictionary versions by its dictionary and
 * code, so a revision of a technical dictionary keeps earlier results matching.
 */
export const assessmentScores = pgTable(
  'assessment_scores',
  {
    /** Its agency, as on its parent: the distribution key (ADR 0023). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    assessmentId: uuid('assessment_id').notNull(),
    dictionaryId: uuid('dictionary_id').notNull(),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    level: doublePrecision('level').notNull(),
  },
  (t) => [
    foreignKey({
      name: 'assessment_scores_assessment_fk',
      columns: [t.assessmentId, t.agencyId],
      foreignColumns: [assessments.id, assessments.agencyId],
    }).onDelete('cascade'),
    primaryKey({
      name: 'assessment_scores_pkey',
      columns: [t.assessmentId, t.dictionaryId, t.code, t.agencyId],
    }),
    check('assessment_scores_level_check', sql`${t.level} >= 1 and ${t.level} <= 5`),
  ],
);

/** The newest assessed level per civil servant and competency: kept fresh by every import. */
export const currentCompetencyLevels = pgTable(
  'current_competency_levels',
  {
    civilServantId: uuid('civil_servant_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    dictionaryId: uuid('dictionary_id').notNull(),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    level: doublePrecision('level').notNull(),
    assessedOn: text('assessed_on').notNull(),
    /** Which evidence is current under the agency's policy (`combination` of the talent policy). */
    source: text('source').notNull().default('assessmentCentre'),
    /**
     * What the holder's own position requires of this competency (null: not required), kept fresh
     * at import, at ratification and when the person's position changes: the match of everyone
     * against their own position is then one pass over this table.
     */
    ownRequiredLevel: integer('own_required_level'),
  },
  (t) => [
    foreignKey({
      name: 'current_competency_levels_civil_servant_fk',
      columns: [t.civilServantId, t.agencyId],
      foreignColumns: [civilServants.id, civilServants.agencyId],
    }),
    primaryKey({
      name: 'current_competency_levels_pkey',
      columns: [t.civilServantId, t.dictionaryId, t.code, t.agencyId],
    }),
    index('current_competency_levels_competency_idx').on(t.dictionaryId, t.code),
    // Every talent report of one agency (JPM of all, 9-box, ranking index) reads only its rows:
    // without this, each is a scan of the whole nation's levels.
    index('current_competency_levels_agency_idx').on(t.agencyId, t.civilServantId),
  ],
);

/**
 * Each civil servant's unweighted match against their own position (a maintained summary): kept
 * fresh with `own_required_level` (`refreshOwnRequiredLevels`: import of people or results,
 * ratification), so the talent pool of an agency of 300,000 reads counts and the top of each box
 * instead of matching everyone on each request. No row: the own position requires nothing.
 */
export const ownPositionMatches = pgTable(
  'own_position_matches',
  {
    civilServantId: uuid('civil_servant_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    /**
     * The position the match was computed against: when the person moves, the refresh finds here
     * the position whose results summary (`position_competency_results`) they leave.
     */
    positionId: uuid('position_id').notNull(),
    /** Σ min(assessed, required) / Σ required, percent rounded to a tenth as `jobPersonMatch` does. */
    percent: doublePrecision('percent').notNull(),
    /** How many of the own position's competencies have a result. */
    assessed: integer('assessed').notNull(),
    /** The person's performance band, copied with the match (the 9-box's other axis). */
    performance: text('performance'),
    /**
     * Per kind, Σ required and Σ min(assessed, required) over the own position's competencies: the
     * weighted JPM (weights by job level, from the agency's policy) is computed from these per
     * request, so the 9-box of a large agency reads one row per person and no level rows.
     */
    requiredSocioCultural: doublePrecision('required_socio_cultural').notNull().default(0),
    requiredManagerial: doublePrecision('required_managerial').notNull().default(0),
    requiredTechnical: doublePrecision('required_technical').notNull().default(0),
    metSocioCultural: doublePrecision('met_socio_cultural').notNull().default(0),
    metManagerial: doublePrecision('met_managerial').notNull().default(0),
    metTechnical: doublePrecision('met_technical').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'own_position_matches_pkey', columns: [t.civilServantId, t.agencyId] }),
    foreignKey({
      name: 'own_position_matches_civil_servant_fk',
      columns: [t.civilServantId, t.agencyId],
      foreignColumns: [civilServants.id, civilServants.agencyId],
    }).onDelete('cascade'),
    index('own_position_matches_agency_idx').on(t.agencyId, t.performance, t.percent),
  ],
);

/**
 * Per position and required competency, the results of its holders (a maintained summary): how
 * many have a result, the sum of their levels and how many meet the requirement. Rewritten for
 * every position a refresh of the stored matches touches (`refreshOwnPositionMatches`: where the
 * refreshed people are and where they were), so a unit's gap heatmap reads one row per cell
 * instead of every holder's levels. No row: no holder of the position has a result for it.
 */
export const positionCompetencyResults = pgTable(
  'position_competency_results',
  {
    positionId: uuid('position_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    dictionaryId: uuid('dictionary_id').notNull(),
    code: text('code').notNull(),
    /** Holders with a result for the competency. */
    assessed: integer('assessed').notNull(),
    /** Σ of their current levels. */
    levelTotal: doublePrecision('level_total').notNull(),
    /** Holders whose level meets what the position requires. */
    meeting: integer('meeting').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'position_competency_results_pkey',
      columns: [t.positionId, t.dictionaryId, t.code, t.agencyId],
    }),
    foreignKey({
      name: 'position_competency_results_position_fk',
      columns: [t.positionId, t.agencyId],
      foreignColumns: [positions.id, positions.agencyId],
    }).onDelete('cascade'),
  ],
);

/**
 * Where each civil servant sits on the agency's 9-box (a maintained placement): box 1..9 with what
 * stood for the potential (`potentialAssessment`, `jpm`), or box 0 with why the person is not placed
 * (`noPerformance`, `noPotential`). Computed by the domain (`placePotential`, `nineBox`) and rewritten
 * in the transaction of every change to its inputs (`services/talent-placement.ts`), so the talent
 * pool of an agency of 300,000 reads nine short index scans instead of placing everyone per request.
 */
export const talentPlacements = pgTable(
  'talent_placements',
  {
    civilServantId: uuid('civil_servant_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    box: integer('box').notNull(),
    basis: text('basis').notNull(),
    /** The JPM against the own position, when at least one of its competencies has a result. */
    percent: doublePrecision('percent'),
  },
  (t) => [
    primaryKey({ name: 'talent_placements_pkey', columns: [t.civilServantId, t.agencyId] }),
    foreignKey({
      name: 'talent_placements_civil_servant_fk',
      columns: [t.civilServantId, t.agencyId],
      foreignColumns: [civilServants.id, civilServants.agencyId],
    }),
    // The best of one box: the pool's members are the first rows of this index per box.
    index('talent_placements_box_idx').on(t.agencyId, t.box, t.percent.desc().nullsLast(), t.civilServantId),
    check('talent_placements_box_check', sql`${t.box} between 0 and 9`),
    check(
      'talent_placements_basis_check',
      sql`(${t.box} = 0 and ${t.basis} in ('noPerformance','noPotential'))
        or (${t.box} > 0 and ${t.basis} in ('potentialAssessment','jpm'))`,
    ),
  ],
);

/**
 * How many of the agency's people each (box, basis) of `talent_placements` holds, kept by the same
 * statements that write the placements: the pool's counts without counting 300,000 rows.
 */
export const talentBoxCounts = pgTable(
  'talent_box_counts',
  {
    agencyId: uuid('agency_id').notNull(),
    box: integer('box').notNull(),
    basis: text('basis').notNull(),
    people: integer('people').notNull(),
  },
  (t) => [
    primaryKey({ name: 'talent_box_counts_pkey', columns: [t.agencyId, t.box, t.basis] }),
    foreignKey({
      name: 'talent_box_counts_agency_fk',
      columns: [t.agencyId],
      foreignColumns: [agencies.id],
    }),
  ],
);

/**
 * What each position requires, from its newest ratified standard, by dictionary and code: kept
 * fresh at ratification, so the match is one join.
 */
export const positionRequirements = pgTable(
  'position_requirements',
  {
    positionId: uuid('position_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    standardId: uuid('standard_id').notNull(),
    dictionaryId: uuid('dictionary_id').notNull(),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    requiredLevel: integer('required_level').notNull(),
    importance: text('importance'),
  },
  (t) => [
    primaryKey({
      name: 'position_requirements_pkey',
      columns: [t.positionId, t.dictionaryId, t.code, t.agencyId],
    }),
    foreignKey({
      name: 'position_requirements_position_fk',
      columns: [t.positionId, t.agencyId],
      foreignColumns: [positions.id, positions.agencyId],
    }),
    index('position_requirements_agency_idx').on(t.agencyId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Job analysis (uraian jabatan, seed 004 "Komponen uraian jabatan") and workload analysis (ABK).

/**
 * The job description of a position: the current content (the newest version) and its workload
 * under the agency's settings. Every save adds a version row (history kept, nothing overwritten);
 * `revision` is bumped on every change (optimistic locking: a save names the revision it edited).
 */
export const jobDescriptions = pgTable(
  'job_descriptions',
  {
    id: agencyRowId(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    positionId: uuid('position_id').notNull(),
    /** Number of the newest version. */
    version: integer('version').notNull(),
    revision: integer('revision').notNull().default(0),
    status: text('status').notNull().default('draft'),
    content: jsonb('content').notNull(),
    /** Sum of volume × minutes per output of the current tasks. */
    workloadMinutes: doublePrecision('workload_minutes').notNull().default(0),
    /** Required people, two decimals (as shown). */
    workloadNeed: doublePrecision('workload_need').notNull().default(0),
    /** Whole people by the rounding rule; copied to `positions.required_headcount`. */
    workloadHeadcount: integer('workload_headcount').notNull().default(0),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'job_descriptions_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'job_descriptions_position_fk',
      columns: [t.positionId, t.agencyId],
      foreignColumns: [positions.id, positions.agencyId],
    }),
    uniqueIndex('job_descriptions_position_idx').on(t.positionId, t.agencyId),
    index('job_descriptions_agency_idx').on(t.agencyId),
    check('job_descriptions_status_check', sql`${t.status} in ('draft','ratified')`),
  ],
);

/** Every saved version of a job description; a ratified version is marked, never changed. */
export const jobDescriptionVersions = pgTable(
  'job_description_versions',
  {
    /** Its agency, as on its parent: the distribution key (ADR 0023). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    id: agencyRowId(),
    jobDescriptionId: uuid('job_description_id').notNull(),
    version: integer('version').notNull(),
    positionName: text('position_name').notNull(),
    content: jsonb('content').notNull(),
    /** How the version came about: an edit in the editor or a task import. */
    source: text('source').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    ratifiedBy: uuid('ratified_by'),
    ratifiedAt: timestamp('ratified_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'job_description_versions_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'job_description_versions_job_description_fk',
      columns: [t.jobDescriptionId, t.agencyId],
      foreignColumns: [jobDescriptions.id, jobDescriptions.agencyId],
    }).onDelete('cascade'),
    uniqueIndex('job_description_versions_unique_idx').on(t.jobDescriptionId, t.version, t.agencyId),
    check('job_description_versions_source_check', sql`${t.source} in ('edit','import')`),
  ],
);

/** An agency's effective working time for workload analysis (defaults: 75,000 and 300 minutes). */
export const workloadSettings = pgTable(
  'workload_settings',
  {
    agencyId: uuid('agency_id')
      .primaryKey()
      .references(() => agencies.id),
    effectiveMinutesPerYear: integer('effective_minutes_per_year').notNull(),
    minutesPerDay: integer('minutes_per_day').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'workload_settings_positive_check',
      sql`${t.effectiveMinutesPerYear} > 0 and ${t.minutesPerDay} > 0`,
    ),
  ],
);

// ---------------------------------------------------------------------------------------------
// Multi-rater assessment (penilaian 360°): a round opened by HR for a set of people, each rated
// against their position's ratified standard by themselves, their superior, peers and subordinates.

export const multiRaterRounds = pgTable(
  'multi_rater_rounds',
  {
    id: agencyRowId(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    status: text('status').notNull().default('open'),
    /** Answers are due by this day (ISO date); the round stays open until HR closes it. */
    closesOn: text('closes_on').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    closedBy: uuid('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The 360° settings of the policy when the round closed: its results are read by them. */
    settings: jsonb('settings'),
  },
  (t) => [
    primaryKey({ name: 'multi_rater_rounds_pkey', columns: [t.id, t.agencyId] }),
    index('multi_rater_rounds_agency_idx').on(t.agencyId, t.createdAt),
    check('multi_rater_rounds_status_check', sql`${t.status} in ('open','closed')`),
  ],
);

/** A person rated in a round, against the ratified standard of their position at opening. */
export const multiRaterSubjects = pgTable(
  'multi_rater_subjects',
  {
    id: agencyRowId(),
    roundId: uuid('round_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    civilServantId: uuid('civil_servant_id').notNull(),
    positionId: uuid('position_id').notNull(),
    standardId: uuid('standard_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'multi_rater_subjects_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'multi_rater_subjects_round_fk',
      columns: [t.roundId, t.agencyId],
      foreignColumns: [multiRaterRounds.id, multiRaterRounds.agencyId],
    }),
    foreignKey({
      name: 'multi_rater_subjects_civil_servant_fk',
      columns: [t.civilServantId, t.agencyId],
      foreignColumns: [civilServants.id, civilServants.agencyId],
    }),
    foreignKey({
      name: 'multi_rater_subjects_position_fk',
      columns: [t.positionId, t.agencyId],
      foreignColumns: [positions.id, positions.agencyId],
    }),
    foreignKey({
      name: 'multi_rater_subjects_standard_fk',
      columns: [t.standardId, t.agencyId],
      foreignColumns: [jobStandards.id, jobStandards.agencyId],
    }),
    uniqueIndex('multi_rater_subjects_round_servant_idx').on(t.roundId, t.civilServantId, t.agencyId),
    index('multi_rater_subjects_servant_idx').on(t.civilServantId),
  ],
);

/** One rater's questionnaire about one subject. */
export const multiRaterRaters = pgTable(
  'multi_rater_raters',
  {
    id: agencyRowId(),
    roundId: uuid('round_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    subjectId: uuid('subject_id').notNull(),
    raterCivilServantId: uuid('rater_civil_servant_id').notNull(),
    relation: text('relation').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'multi_rater_raters_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'multi_rater_raters_round_fk',
      columns: [t.roundId, t.agencyId],
      foreignColumns: [multiRaterRounds.id, multiRaterRounds.agencyId],
    }),
    foreignKey({
      name: 'multi_rater_raters_subject_fk',
      columns: [t.subjectId, t.agencyId],
      foreignColumns: [multiRaterSubjects.id, multiRaterSubjects.agencyId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'multi_rater_raters_rater_civil_servant_fk',
      columns: [t.raterCivilServantId, t.agencyId],
      foreignColumns: [civilServants.id, civilServants.agencyId],
    }),
    uniqueIndex('multi_rater_raters_subject_rater_idx').on(t.subjectId, t.raterCivilServantId, t.agencyId),
    index('multi_rater_raters_rater_idx').on(t.raterCivilServantId),
    index('multi_rater_raters_round_idx').on(t.roundId),
    check(
      'multi_rater_raters_relation_check',
      sql`${t.relation} in ('self','superior','peer','subordinate')`,
    ),
  ],
);

/** A rater's level per competency; null = "tidak dapat menilai". Never read one by one outside its rater. */
export const multiRaterAnswers = pgTable(
  'multi_rater_answers',
  {
    raterId: uuid('rater_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    dictionaryId: uuid('dictionary_id').notNull(),
    code: text('code').notNull(),
    level: integer('level'),
  },
  (t) => [
    foreignKey({
      name: 'multi_rater_answers_rater_fk',
      columns: [t.raterId, t.agencyId],
      foreignColumns: [multiRaterRaters.id, multiRaterRaters.agencyId],
    }).onDelete('cascade'),
    primaryKey({
      name: 'multi_rater_answers_pkey',
      columns: [t.raterId, t.dictionaryId, t.code, t.agencyId],
    }),
    check('multi_rater_answers_level_check', sql`${t.level} between 1 and 5`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Succession (rencana suksesi): critical positions and their nominated successors.

/** A position the agency marks as critical (jabatan kritikal / target suksesi). */
export const criticalPositions = pgTable(
  'critical_positions',
  {
    positionId: uuid('position_id').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    reason: text('reason').notNull().default(''),
    markedBy: uuid('marked_by').notNull(),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'critical_positions_pkey', columns: [t.positionId, t.agencyId] }),
    foreignKey({
      name: 'critical_positions_position_fk',
      columns: [t.positionId, t.agencyId],
      foreignColumns: [positions.id, positions.agencyId],
    }),
  ],
);

/** A successor nominated for a position, with readiness and a development plan. */
export const successionNominations = pgTable(
  'succession_nominations',
  {
    id: agencyRowId(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    positionId: uuid('position_id').notNull(),
    civilServantId: uuid('civil_servant_id').notNull(),
    readiness: text('readiness').notNull(),
    developmentPlan: text('development_plan').notNull().default(''),
    /** The JPM against the position's standard when nominated (the live one is recomputed). */
    percentAtNomination: doublePrecision('percent_at_nomination'),
    nominatedBy: uuid('nominated_by').notNull(),
    nominatedAt: timestamp('nominated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'succession_nominations_pkey', columns: [t.id, t.agencyId] }),
    foreignKey({
      name: 'succession_nominations_position_fk',
      columns: [t.positionId, t.agencyId],
      foreignColumns: [positions.id, positions.agencyId],
    }),
    foreignKey({
      name: 'succession_nominations_civil_servant_fk',
      columns: [t.civilServantId, t.agencyId],
      foreignColumns: [civilServants.id, civilServants.agencyId],
    }),
    uniqueIndex('succession_nominations_position_servant_idx').on(t.positionId, t.civilServantId, t.agencyId),
    index('succession_nominations_agency_idx').on(t.agencyId),
    index('succession_nominations_servant_idx').on(t.civilServantId),
    check(
      'succession_nominations_readiness_check',
      sql`${t.readiness} in ('readyNow','readyInOneToTwoYears','readyInThreeYearsOrMore')`,
    ),
  ],
);
