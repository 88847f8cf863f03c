/**
 * The rules of `checkStandard` that look at competency rows: the official managerial and
 * socio-cultural competencies at the job level's level (d), the technical RCL pattern (e) and text
 * edited from the dictionary (h). Pure.
 */
import type { CompetencyRow } from './job-standard';
import { competencyKindNames, competencyNameKey, dictionaryTextEdits } from './job-standard';
import type { Report, RuleInput, StandardRule } from './job-standard-rules';
import { managerialCompetencies, type OfficialCompetency, socioCulturalCompetencies } from './reference';

export const isValidRequiredLevel = (level: number) => Number.isInteger(level) && level >= 1 && level <= 5;

// (d) -----------------------------------------------------------------------------------------
interface OfficialSet {
  kind: 'managerial' | 'socioCultural';
  competencies: readonly OfficialCompetency[];
  byCode: Map<string, number>;
  byName: Map<string, number>;
  codes: Record<'missing' | 'unknown' | 'mismatch' | 'unavailable', string>;
}

function officialSet(
  kind: OfficialSet['kind'],
  competencies: readonly OfficialCompetency[],
  prefix: string,
): OfficialSet {
  return {
    kind,
    competencies,
    byCode: new Map(competencies.map((c, i) => [c.code.toUpperCase(), i])),
    byName: new Map(competencies.map((c, i) => [competencyNameKey(c.name), i])),
    codes: {
      missing: `${prefix}_COMPETENCY_MISSING`,
      unknown: `${prefix}_COMPETENCY_UNKNOWN`,
      mismatch: `${prefix}_LEVEL_MISMATCH`,
      unavailable: `${prefix}_LEVEL_UNAVAILABLE`,
    },
  };
}

const managerialSet = officialSet('managerial', managerialCompetencies, 'MANAGERIAL');
const socioCulturalSet = officialSet('socioCultural', socioCulturalCompetencies, 'SOCIO_CULTURAL');

/** The official competency of a row: by code (as written, then trimmed upper case), then by name. */
function officialIndex(set: OfficialSet, row: CompetencyRow): number | undefined {
  return (
    set.byCode.get(row.code) ??
    set.byCode.get(row.code.trim().toUpperCase()) ??
    set.byName.get(competencyNameKey(row.name))
  );
}

/** Exactly the official competencies of a kind, each at the job level's level. */
function checkOfficialRows(set: OfficialSet, input: RuleInput, report: Report) {
  const rows = input.rowsByKind[set.kind];
  if (rows.length === 0) return; // reported as missing content
  const kindName = competencyKindNames[set.kind];
  const levels = input.jobLevel ? input.policy.managerialLevels[input.jobLevel.code] : undefined;
  const expected = levels?.[set.kind];
  if (input.jobLevel && (expected === null || expected === undefined)) {
    report(
      'warning',
      set.codes.unavailable,
      'identity.jobLevel',
      `Level kompetensi ${kindName} untuk jenjang ${input.jobLevel.name} belum tersedia; level tidak diperiksa.`,
    );
  }
  const found = new Array<boolean>(set.competencies.length).fill(false);
  for (const i of rows) {
    const row = input.standard.competencies[i]!;
    const index = officialIndex(set, row);
    if (index === undefined) {
      report(
        'error',
        set.codes.unknown,
        `competencies.${i}.name`,
        `"${row.name}" bukan kompetensi ${kindName} dalam PermenPAN-RB 38/2017.`,
      );
      continue;
    }
    found[index] = true;
    if (
      typeof expected === 'number' &&
      isValidRequiredLevel(row.requiredLevel) &&
      row.requiredLevel !== expected
    ) {
      report(
        'error',
        set.codes.mismatch,
        `competencies.${i}.requiredLevel`,
        `Level "${row.name}" untuk jenjang ${input.jobLevel!.name} harus ${expected}; tertulis ${row.requiredLevel}.`,
      );
    }
  }
  found.forEach((present, index) => {
    if (!present) {
      report(
        'error',
        set.codes.missing,
        'competencies',
        `Kompetensi ${kindName} "${set.competencies[index]!.name}" belum dicantumkan.`,
      );
    }
  });
}

const checkManagerial = (input: RuleInput, report: Report) => checkOfficialRows(managerialSet, input, report);
const checkSocioCultural = (input: RuleInput, report: Report) =>
  checkOfficialRows(socioCulturalSet, input, report);

// (e) -----------------------------------------------------------------------------------------
function checkTechnicalLevels({ standard, policy, jobLevel, rowsByKind }: RuleInput, report: Report) {
  if (!jobLevel || rowsByKind.technical.length === 0) return;
  const rule = policy.levelDistributionRules[jobLevel.code];
  if (!rule) {
    report(
      'warning',
      'LEVEL_DISTRIBUTION_UNAVAILABLE',
      'identity.jobLevel',
      `Pola distribusi level kompetensi teknis untuk jenjang ${jobLevel.name} belum tersedia pada kebijakan "${policy.name}".`,
    );
    return;
  }
  const counts = [0, 0, 0, 0, 0, 0];
  let total = 0;
  for (const i of rowsByKind.technical) {
    const row = standard.competencies[i]!;
    if (!isValidRequiredLevel(row.requiredLevel)) continue;
    counts[row.requiredLevel]!++;
    total++;
    if (!rule.allowed.includes(row.requiredLevel)) {
      report(
        'error',
        'TECHNICAL_LEVEL_NOT_ALLOWED',
        `competencies.${i}.requiredLevel`,
        `Level ${row.requiredLevel} pada "${row.name}" tidak sesuai pola jenjang ${jobLevel.name} (${rule.allowed.join('-')}).`,
      );
    }
  }
  if (total === 0) return;
  if (rule.dominant !== null) {
    if (counts[rule.dominant]! * 2 <= total) {
      report(
        'warning',
        'TECHNICAL_DOMINANCE_NOT_MET',
        'competencies',
        `Pola jenjang ${jobLevel.name}: lebih dari separuh kompetensi teknis seharusnya level ${rule.dominant}; saat ini ${counts[rule.dominant]} dari ${total}.`,
      );
    }
    return;
  }
  // Half-half: at least ⌊n/2⌋ rows at each of the two top allowed levels (difference ≤ 1 row).
  const [top, second] = [...rule.allowed].sort((a, b) => b - a);
  if (top === undefined || second === undefined) return;
  const half = Math.floor(total / 2);
  if (counts[top]! < half || counts[second]! < half) {
    report(
      'warning',
      'TECHNICAL_DOMINANCE_NOT_MET',
      'competencies',
      `Pola jenjang ${jobLevel.name}: kompetensi teknis seharusnya separuh level ${top} dan separuh level ${second}; saat ini ${counts[top]} dan ${counts[second]} dari ${total}.`,
    );
  }
}

// (h) -----------------------------------------------------------------------------------------
function checkDictionaryText({ standard }: RuleInput, report: Report) {
  standard.competencies.forEach((row, i) => {
    const edits = dictionaryTextEdits(row);
    if (edits.description) {
      report(
        'warning',
        'EDITED_FROM_DICTIONARY',
        `competencies.${i}.levelDescription`,
        `Deskripsi level "${row.name}" diubah dari kamus.`,
      );
    }
    if (edits.indicators) {
      report(
        'warning',
        'EDITED_FROM_DICTIONARY',
        `competencies.${i}.behaviourIndicators`,
        `Indikator perilaku "${row.name}" diubah dari kamus.`,
      );
    }
  });
}

// ---------------------------------------------------------------------------------------------

export const managerialRule: StandardRule = {
  id: 'managerial',
  title: 'Delapan kompetensi manajerial pada level jenjang',
  codes: Object.values(managerialSet.codes),
  check: checkManagerial,
};

export const socioCulturalRule: StandardRule = {
  id: 'socioCultural',
  title: 'Kompetensi sosial kultural (Perekat Bangsa) pada level jenjang',
  codes: Object.values(socioCulturalSet.codes),
  check: checkSocioCultural,
};

export const technicalLevelsRule: StandardRule = {
  id: 'technicalLevels',
  title: 'Pola distribusi level kompetensi teknis (RCL)',
  codes: ['LEVEL_DISTRIBUTION_UNAVAILABLE', 'TECHNICAL_LEVEL_NOT_ALLOWED', 'TECHNICAL_DOMINANCE_NOT_MET'],
  check: checkTechnicalLevels,
};

export const dictionaryTextRule: StandardRule = {
  id: 'dictionaryText',
  title: 'Teks sesuai kamus',
  codes: ['EDITED_FROM_DICTIONARY'],
  check: checkDictionaryText,
};
