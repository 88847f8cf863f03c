/**
 * Where a finding points, in words and as an element of the page: `requirements.rank` reads
 * "Pangkat/golongan minimal" and scrolls to that field; `competencies.3.requiredLevel` reads
 * "Level — Integritas". No raw path reaches the reader.
 */
import type { TFunction } from 'i18next';

export interface FindingTarget {
  label: string;
  /** id of the element to scroll to and focus. */
  elementId: string;
}

export const composerIds = {
  competencies: 'competencies-title',
  jobLevel: 'standard-top',
  summary: 'standard-top',
  rank: 'req-rank',
  education: 'req-education',
  performance: 'req-performance',
  row: (competencyId: string) => `competency-${competencyId}`,
  level: (competencyId: string) => `level-${competencyId}`,
} as const;

export function findingTarget(
  path: string,
  rows: readonly { competencyId: string; name: string }[],
  t: TFunction,
): FindingTarget | null {
  const parts = path.split('.');
  if (parts[0] === 'competencies') {
    if (parts.length === 1)
      return { label: t('standards.target.competencies'), elementId: composerIds.competencies };
    const row = rows[Number(parts[1])];
    if (!row) return { label: t('standards.target.competencies'), elementId: composerIds.competencies };
    const part = parts[2];
    if (part === 'requiredLevel')
      return {
        label: t('standards.target.level', { name: row.name }),
        elementId: composerIds.level(row.competencyId),
      };
    if (part === 'levelDescription' || part === 'behaviourIndicators')
      return {
        label: t('standards.target.text', { name: row.name }),
        elementId: composerIds.row(row.competencyId),
      };
    return {
      label: t('standards.target.row', { name: row.name }),
      elementId: composerIds.row(row.competencyId),
    };
  }
  if (parts[0] === 'requirements') {
    const part = parts[1];
    if (part === 'rank') return { label: t('standards.requirements.minGrade'), elementId: composerIds.rank };
    if (part === 'performanceIndicators')
      return { label: t('standards.requirements.performanceIndicator'), elementId: composerIds.performance };
    if (part === 'education')
      return { label: t('standards.requirements.educationLevels'), elementId: composerIds.education };
    return { label: t('standards.requirements.title'), elementId: 'requirements-title' };
  }
  if (parts[0] === 'identity') {
    const part = parts[1];
    if (part === 'jobLevel' || part === 'positionGroup')
      return { label: t('standards.target.jobLevel'), elementId: composerIds.jobLevel };
    if (part === 'positionCode')
      return { label: t('standards.target.positionCode'), elementId: composerIds.jobLevel };
    return { label: t('standards.target.summary'), elementId: composerIds.summary };
  }
  return null;
}

/** Scrolls to the target and moves the focus there (a heading gets a temporary tabindex). */
export function goToTarget(elementId: string) {
  const element = document.getElementById(elementId);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  if (!element.matches('input, select, textarea, button, a[href]') && !element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus({ preventScroll: true });
}
