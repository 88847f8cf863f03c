/**
 * Which entry a new standard copies for a mandatory competency: the national entry, unless its
 * official text is still a placeholder and the agency has ratified its own entry of the same name
 * (compared without case) — then the agency's own, so that its standards carry real text. Pure.
 */
export interface MandatoryEntry {
  id: string;
  name: string;
  isPlaceholder: boolean;
}

export function mandatoryCompetencyIds(
  national: readonly MandatoryEntry[],
  agencyOwn: readonly { id: string; name: string }[],
): string[] {
  const own = new Map<string, string>();
  for (const entry of agencyOwn) {
    const key = entry.name.toLowerCase();
    if (!own.has(key)) own.set(key, entry.id);
  }
  return national.map((entry) =>
    entry.isPlaceholder ? (own.get(entry.name.toLowerCase()) ?? entry.id) : entry.id,
  );
}
