/**
 * Editing a draft job standard: a whole save (the composer's form: rows and requirements every
 * time) or a partial update (only what is sent changes). Both carry the revision the editor read,
 * refuse a ratified or submitted version, and are audited with what changed.
 */
import { recordAudit } from '../db/repositories/audit-repository';
import { updateStandardContent } from '../db/repositories/job-standard-repository';
import { normalizeEducationLevels } from '../domain/education';
import type { CompetencyRow, JobStandard, Requirements } from '../domain/job-standard';
import { diffStandards } from '../domain/job-standard-diff';
import { assertStandardEditable } from '../domain/job-standard-workflow';
import { jobStandardPolicy } from '../policies/job-standard';
import { buildCompetencyRows, type CompetencyInput } from './compose-job-standard';
import type { ServiceContext } from './context';
import { assertFreshStandard, loadVisibleStandard } from './job-standard-access';

interface IdentityEdit {
  summary?: string | null | undefined;
  jobDescription?: string[] | undefined;
}

export interface SaveStandardInput extends IdentityEdit {
  revision: number;
  competencies: CompetencyInput[];
  requirements: Requirements;
}

type PartOf<K extends keyof Requirements> = Requirements[K] extends unknown[]
  ? Requirements[K]
  : { [F in keyof Requirements[K]]?: Requirements[K][F] | undefined };

export interface PatchStandardInput extends IdentityEdit {
  revision: number;
  competencies?: CompetencyInput[] | undefined;
  requirements?: { [K in keyof Requirements]?: PartOf<K> | undefined } | undefined;
}

/** The whole editable content: rows and requirements as sent. */
export async function saveJobStandard(ctx: ServiceContext, id: string, input: SaveStandardInput) {
  const current = await loadVisibleStandard(ctx.db, ctx.actor, id);
  jobStandardPolicy.authorize(ctx.actor, 'compose', current);
  const competencies = await buildCompetencyRows(ctx.db, input.competencies, current.agencyId);
  return storeEdit(ctx, id, input.revision, (content) => ({
    identity: editedIdentity(content, input),
    competencies,
    requirements: input.requirements,
  }));
}

/**
 * Only what is sent: absent fields stay; requirements merge part by part and, inside education,
 * training, experience and rank, field by field; sent lists replace the stored ones.
 */
export async function patchJobStandard(ctx: ServiceContext, id: string, input: PatchStandardInput) {
  const current = await loadVisibleStandard(ctx.db, ctx.actor, id);
  jobStandardPolicy.authorize(ctx.actor, 'compose', current);
  const competencies: CompetencyRow[] | undefined = input.competencies
    ? await buildCompetencyRows(ctx.db, input.competencies, current.agencyId)
    : undefined;
  return storeEdit(ctx, id, input.revision, (content) => ({
    identity: editedIdentity(content, input),
    competencies: competencies ?? content.competencies,
    requirements: mergeRequirements(content.requirements, input.requirements ?? {}),
  }));
}

function editedIdentity(content: JobStandard, input: IdentityEdit): JobStandard['identity'] {
  return {
    ...content.identity,
    ...(input.summary !== undefined ? { summary: input.summary } : {}),
    ...(input.jobDescription !== undefined ? { jobDescription: input.jobDescription } : {}),
  };
}

function mergeRequirements(
  stored: Requirements,
  patch: NonNullable<PatchStandardInput['requirements']>,
): Requirements {
  const part = <K extends 'education' | 'training' | 'experience' | 'rank'>(key: K): Requirements[K] => {
    const fields = Object.entries(patch[key] ?? {}).filter(([, value]) => value !== undefined);
    return { ...stored[key], ...Object.fromEntries(fields) };
  };
  return {
    education: part('education'),
    training: part('training'),
    experience: part('experience'),
    rank: part('rank'),
    performanceIndicators: patch.performanceIndicators ?? stored.performanceIndicators,
  };
}

/** Locks the version, checks it may change and is the one the editor read, writes and audits. */
async function storeEdit(
  ctx: ServiceContext,
  id: string,
  revision: number,
  edit: (content: JobStandard) => JobStandard,
) {
  return ctx.db.transaction(async (tx) => {
    const standard = await loadVisibleStandard(tx, ctx.actor, id, true);
    assertStandardEditable(standard.status);
    assertFreshStandard(standard, revision);
    const edited = edit(standard.content);
    // One vocabulary for education levels ("S1" is stored as S-1): requirement checks then evaluate.
    const content: JobStandard = {
      ...edited,
      requirements: {
        ...edited.requirements,
        education: {
          ...edited.requirements.education,
          levels: normalizeEducationLevels(edited.requirements.education.levels),
        },
      },
    };
    await updateStandardContent(tx, id, content);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId: standard.agencyId,
      entity: 'jobStandard',
      entityId: id,
      action: 'update',
      diff: diffStandards(standard.content, content),
    });
    return { id, revision: standard.revision + 1 };
  });
}
