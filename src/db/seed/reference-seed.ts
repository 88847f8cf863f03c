/**
 * Loads the official reference data (src/domain/reference, sources noted there) into the
 * database. Idempotent: reference tables are upserted on every start; the official dictionaries
 * are written once (their ratified version is frozen).
 */
import { eq, sql } from 'drizzle-orm';
import {
  governmentAffairs as affairData,
  educationLevels as educationLevelData,
  jobLevels as jobLevelData,
  managerialCompetencies,
  type OfficialCompetency,
  proficiencyLevels as proficiencyLevelData,
  ranks as rankData,
  socioCulturalCompetencies,
  supportingFunctions,
} from '../../domain/reference';
import { dictionarySourceNotes, placeholderMarker } from '../../domain/sources';
import { entrySearchText } from '../../domain/technical-dictionary';
import type { Db } from '../client';
import { officialDictionaryCodes } from '../repositories/dictionary-repository';
import {
  competencies,
  competencyDictionaries,
  competencyLevels,
  dictionaryVersions,
  educationLevels,
  governmentAffairs,
  jobLevels,
  proficiencyLevels,
  ranks,
} from '../schema';

export async function seedReferenceData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(proficiencyLevels)
      .values(proficiencyLevelData.map((p) => ({ level: p.level, name: p.name, nameId: p.nameId })))
      .onConflictDoUpdate({
        target: proficiencyLevels.level,
        set: { name: sql`excluded.name`, nameId: sql`excluded.name_id` },
      });
    await tx
      .insert(jobLevels)
      .values(
        jobLevelData.map((j, i) => ({
          code: j.code,
          positionGroup: j.group,
          name: j.name,
          managerialLevel: j.managerialLevel,
          socioCulturalLevel: j.socioCulturalLevel,
          verified: j.verified,
          sortOrder: i,
        })),
      )
      .onConflictDoUpdate({
        target: jobLevels.code,
        set: {
          positionGroup: sql`excluded.position_group`,
          name: sql`excluded.name`,
          managerialLevel: sql`excluded.managerial_level`,
          socioCulturalLevel: sql`excluded.socio_cultural_level`,
          verified: sql`excluded.verified`,
          sortOrder: sql`excluded.sort_order`,
        },
      });
    await tx
      .insert(ranks)
      .values(rankData.map((r, i) => ({ grade: r.grade, code: r.code, rank: r.rank, sortOrder: i })))
      .onConflictDoUpdate({
        target: ranks.grade,
        set: { code: sql`excluded.code`, rank: sql`excluded.rank`, sortOrder: sql`excluded.sort_order` },
      });
    await tx
      .insert(educationLevels)
      .values(educationLevelData.map((code, i) => ({ code, sortOrder: i })))
      .onConflictDoUpdate({ target: educationLevels.code, set: { sortOrder: sql`excluded.sort_order` } });
    const affairRows = [
      ...affairData.map((name) => ({ name, kind: 'affair' })),
      ...supportingFunctions.map((name) => ({ name, kind: 'supportingFunction' })),
      // Not an urusan of UU 23/2014 but needed by every region (the mandatory regional competency).
      { name: generalGovernmentAffair, kind: 'supportingFunction' },
    ].map((row, i) => ({ ...row, sortOrder: i }));
    await tx
      .insert(governmentAffairs)
      .values(affairRows)
      .onConflictDoUpdate({
        target: governmentAffairs.name,
        set: { kind: sql`excluded.kind`, sortOrder: sql`excluded.sort_order` },
      });

    await seedNationalTechnicalDictionary(tx);
    await seedOfficialDictionary(tx, {
      code: officialDictionaryCodes.managerial,
      kind: 'managerial',
      name: 'Kamus Kompetensi Manajerial (PermenPAN-RB 38/2017)',
      source: dictionarySourceNotes.managerial,
      items: managerialCompetencies,
    });
    await seedOfficialDictionary(tx, {
      code: officialDictionaryCodes.socioCultural,
      kind: 'socioCultural',
      name: 'Kamus Kompetensi Sosial Kultural (PermenPAN-RB 38/2017)',
      source: dictionarySourceNotes.socioCultural,
      items: socioCulturalCompetencies,
    });
  });
}

interface SeedCompetency extends OfficialCompetency {
  governmentAffair?: string;
  group?: 'generic' | 'specific';
  isPlaceholder?: boolean;
}

function seedOfficialDictionary(
  db: Db,
  dictionary: {
    code: string;
    kind: 'managerial' | 'socioCultural';
    name: string;
    source: string;
    items: readonly OfficialCompetency[];
  },
): Promise<void> {
  // PermenPAN-RB 38/2017 was enacted on 29 December 2017.
  return seedDictionary(db, { ...dictionary, ratifiedOn: '2017-12-29' });
}

/** A national dictionary with one ratified version, written once. */
async function seedDictionary(
  db: Db,
  dictionary: {
    code: string;
    kind: 'managerial' | 'socioCultural' | 'technical';
    name: string;
    source: string;
    /** Date of the regulation or guidance the texts come from. */
    ratifiedOn: string;
    items: readonly SeedCompetency[];
  },
): Promise<void> {
  const [existing] = await db
    .select({ id: competencyDictionaries.id })
    .from(competencyDictionaries)
    .where(eq(competencyDictionaries.code, dictionary.code));
  if (existing) return;
  const [created] = await db
    .insert(competencyDictionaries)
    .values({
      agencyId: null,
      kind: dictionary.kind,
      code: dictionary.code,
      name: dictionary.name,
      source: dictionary.source,
    })
    .returning({ id: competencyDictionaries.id });
  const [version] = await db
    .insert(dictionaryVersions)
    .values({
      dictionaryId: created!.id,
      version: 1,
      status: 'ratified',
      ratifiedAt: new Date(dictionary.ratifiedOn),
    })
    .returning({ id: dictionaryVersions.id });
  const inserted = await db
    .insert(competencies)
    .values(
      dictionary.items.map((item, i) => ({
        dictionaryVersionId: version!.id,
        kind: dictionary.kind,
        code: item.code,
        name: item.name,
        definition: item.definition,
        governmentAffair: item.governmentAffair ?? null,
        group: item.group ?? null,
        isPlaceholder: item.isPlaceholder ?? false,
        sortOrder: i,
        searchText: entrySearchText(item),
      })),
    )
    .returning({ id: competencies.id, code: competencies.code });
  const idByCode = new Map(inserted.map((row) => [row.code, row.id]));
  await db.insert(competencyLevels).values(
    dictionary.items.flatMap((item) =>
      item.levels.map((level) => ({
        competencyId: idByCode.get(item.code)!,
        level: level.level,
        description: level.description,
        behaviourIndicators: level.behaviourIndicators,
      })),
    ),
  );
}

export const generalGovernmentAffair = 'Pemerintahan Umum';
export const mandatoryRegionalCompetency = {
  code: 'T.OTDA.01',
  name: 'Advokasi Kebijakan Otonomi Daerah',
} as const;

/**
 * The system-owned national technical dictionary holding the competency every regional
 * government's standards must include (the NTB coordination notes). The official texts are not in
 * the reference data, so placeholders stand in, marked `is_placeholder`: a standard carrying them
 * cannot be submitted or ratified until the superadmin enters the text in a revision and ratifies it.
 */
async function seedNationalTechnicalDictionary(db: Db): Promise<void> {
  const placeholder = placeholderMarker;
  await seedDictionary(db, {
    code: officialDictionaryCodes.nationalTechnical,
    kind: 'technical',
    name: 'Kamus Kompetensi Teknis Nasional (kompetensi wajib daerah)',
    source: dictionarySourceNotes.nationalTechnical,
    ratifiedOn: '2024-08-19',
    items: [
      {
        code: mandatoryRegionalCompetency.code,
        name: mandatoryRegionalCompetency.name,
        definition: `${placeholder} Kemampuan mengadvokasi kebijakan otonomi daerah kepada pemangku kepentingan.`,
        governmentAffair: generalGovernmentAffair,
        group: 'generic',
        isPlaceholder: true,
        levels: [1, 2, 3, 4, 5].map((level) => ({
          level,
          description: `${placeholder} Level ${level} advokasi kebijakan otonomi daerah.`,
          behaviourIndicators: [`${placeholder} Indikator perilaku level ${level}.`],
        })),
      },
    ],
  });
}
