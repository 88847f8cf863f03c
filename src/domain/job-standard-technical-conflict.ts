/**
 * When the mandatory regional competency pushes a standard's technical competencies over the
 * maximum (the Magetan deck's example has six; a region must add "Advokasi Kebijakan Otonomi
 * Daerah" as a seventh), say so and propose what to merge or drop. Pure.
 */
import { competencyNameKey, type Importance } from './job-standard';
import type { FindingProposal, RuleInput } from './job-standard-rules';
import { agencyKindPhrases } from './roles';

const importanceRank: Record<Importance, number> = { essential: 0, veryImportant: 1, important: 2 };
const importanceLabel: Record<Importance, string> = {
  essential: 'Mutlak',
  veryImportant: 'Penting',
  important: 'Perlu',
};

/** Words too common in competency names to suggest that two competencies overlap. */
const commonWords = new Set([
  'dan',
  'atau',
  'pada',
  'dalam',
  'yang',
  'untuk',
  'di',
  'ke',
  'dari',
  'manajemen',
]);

function significantWords(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3 && !commonWords.has(w)),
  );
}

/**
 * The conflict and a proposal, or null when the count is over the maximum for another reason
 * (too many even without the mandatory rows).
 */
export function mandatoryCountConflict(
  input: RuleInput,
): { message: string; proposal: FindingProposal } | null {
  const { standard, policy, context, rowsByKind } = input;
  const mandatory = policy.mandatoryTechnical.filter((m) => m.appliesTo.includes(context.agencyKind));
  if (mandatory.length === 0) return null;
  const mandatoryKeys = new Set(mandatory.map((m) => competencyNameKey(m.name)));
  const rows = rowsByKind.technical.map((i) => standard.competencies[i]!);
  const mandatoryRows = rows.filter((row) => mandatoryKeys.has(competencyNameKey(row.name)));
  const others = rows.filter((row) => !mandatoryKeys.has(competencyNameKey(row.name)));
  const { max } = policy.technicalCount;
  if (mandatoryRows.length === 0 || others.length > max) return null;
  const excess = rows.length - max;
  const into = mandatoryRows[0]!.name;
  const intoWords = significantWords(into);
  // Overlapping names first (e.g. "Advokasi Kebijakan Publik" into "Advokasi Kebijakan Otonomi Daerah").
  const merge = others
    .filter((row) => [...significantWords(row.name)].filter((w) => intoWords.has(w)).length >= 2)
    .map((row) => row.name);
  const droppable = others
    .filter((row) => !merge.includes(row.name))
    .map((row, order) => ({ row, order }))
    .sort(
      (a, b) =>
        importanceRank[b.row.importance ?? 'essential'] - importanceRank[a.row.importance ?? 'essential'] ||
        b.order - a.order,
    )
    .map(({ row }) => row);
  const drop = droppable.slice(0, Math.max(excess, Math.min(3, droppable.length))).map((row) => row.name);
  const parts: string[] = [];
  if (merge.length > 0) {
    parts.push(
      `gabungkan ${merge.map((n) => `"${n}"`).join(', ')} ke dalam "${into}" (isinya beririsan), lalu hapus barisnya`,
    );
  }
  if (drop.length > 0) {
    const named = droppable
      .slice(0, drop.length)
      .map((row) => `"${row.name}"${row.importance ? ` (${importanceLabel[row.importance]})` : ''}`);
    parts.push(`${merge.length > 0 ? 'atau ' : ''}hapus ${excess} dari: ${named.join(', ')}`);
  }
  return {
    message:
      `Kompetensi teknis maksimal ${max}; saat ini ${rows.length} karena kompetensi wajib ` +
      `${agencyKindPhrases[context.agencyKind]} "${into}" ikut dihitung. ` +
      `Usulan: ${parts.join('; ')}.`,
    proposal: { merge, into: merge.length > 0 ? into : null, drop },
  };
}
