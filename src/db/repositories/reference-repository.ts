import { asc } from 'drizzle-orm';
import type { Db } from '../client';
import { educationLevels, governmentAffairs, jobLevels, proficiencyLevels, ranks } from '../schema';

export function listJobLevels(db: Db) {
  return db
    .select({
      code: jobLevels.code,
      positionGroup: jobLevels.positionGroup,
      name: jobLevels.name,
      managerialLevel: jobLevels.managerialLevel,
      socioCulturalLevel: jobLevels.socioCulturalLevel,
    })
    .from(jobLevels)
    .orderBy(asc(jobLevels.sortOrder));
}

export function listProficiencyLevels(db: Db) {
  return db.select().from(proficiencyLevels).orderBy(asc(proficiencyLevels.level));
}

export function listRanks(db: Db) {
  return db
    .select({ grade: ranks.grade, code: ranks.code, rank: ranks.rank })
    .from(ranks)
    .orderBy(asc(ranks.sortOrder));
}

export function listEducationLevels(db: Db) {
  return db
    .select({ code: educationLevels.code })
    .from(educationLevels)
    .orderBy(asc(educationLevels.sortOrder));
}

export function listGovernmentAffairs(db: Db) {
  return db
    .select({ name: governmentAffairs.name, kind: governmentAffairs.kind })
    .from(governmentAffairs)
    .orderBy(asc(governmentAffairs.sortOrder));
}

/** Names of government affairs and supporting functions, as a set for validation. */
export async function knownAffairNames(db: Db): Promise<Set<string>> {
  const rows = await db.select({ name: governmentAffairs.name }).from(governmentAffairs);
  return new Set(rows.map((r) => r.name));
}
