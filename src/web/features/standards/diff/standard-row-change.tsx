import { useTranslation } from 'react-i18next';
import { DescriptionChange, IndicatorChanges } from '../../../shared/diff-text';
import { Badge } from '../../../ui';
import type { CompetencyRowChange, StandardCompetency } from '../api';

/** A competency row added to or removed from a standard. */
export function StandardRowPresence({ row, kind }: { row: StandardCompetency; kind: 'added' | 'removed' }) {
  const { t } = useTranslation();
  return (
    <li
      className={`diff-entry diff-entry-${kind}`}
      data-testid="diff-change"
      data-kind={`competency-${kind}`}
      data-code={row.code}
    >
      <span className="diff-sign" aria-hidden="true">
        {kind === 'added' ? '+' : '−'}
      </span>
      <span className="visually-hidden">{t(`standardDiff.${kind}`)}</span>
      <Badge tone="code">{row.code}</Badge> <strong>{row.name}</strong>
      <span className="muted small">
        {' '}
        · {t(`standards.competencies.group.${row.kind}`)} ·{' '}
        {t('standardDiff.level', { level: row.requiredLevel })}
      </span>
    </li>
  );
}

/** What changed in one competency row: level, importance, code or name, texts. */
export function StandardRowChange({ change }: { change: CompetencyRowChange }) {
  const { t } = useTranslation();
  const importance = (value: string | null) =>
    value ? t(`standards.importance.${value}`) : t('common.none');
  const fields = [
    change.requiredLevel && {
      key: 'requiredLevel',
      before: String(change.requiredLevel.before),
      after: String(change.requiredLevel.after),
    },
    change.importance && {
      key: 'importance',
      before: importance(change.importance.before),
      after: importance(change.importance.after),
    },
    change.code && { key: 'code', ...change.code },
    change.renamed && { key: 'name', ...change.renamed },
  ].filter((field) => !!field);

  return (
    <li
      className="diff-entry diff-entry-changed"
      data-testid="diff-change"
      data-kind="competency-changed"
      data-competency-id={change.competencyId}
    >
      <h4 className="diff-entry-title">
        {change.name}{' '}
        <span className="muted small">· {t(`standards.competencies.group.${change.kind}`)}</span>
      </h4>
      {fields.length > 0 && (
        <dl className="diff-fields">
          {fields.map((field) => (
            <div key={field.key} className="diff-field" data-field={field.key}>
              <dt>{t(`standardDiff.rowFields.${field.key}`)}</dt>
              <dd>
                <span className="diff-before">{field.before}</span>
                <span className="diff-arrow" aria-hidden="true">
                  →
                </span>
                <span className="visually-hidden">{t('technical.diff.becomes')}</span>
                <span className="diff-after">{field.after}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {change.levelDescription && (
        <DescriptionChange before={change.levelDescription.before} after={change.levelDescription.after} />
      )}
      <IndicatorChanges removed={change.indicatorsRemoved} added={change.indicatorsAdded} />
      {change.indicatorsReordered && <p className="muted small">{t('technical.diff.reordered')}</p>}
      {change.dictionaryVersion && <p className="muted small">{t('standardDiff.dictionaryVersion')}</p>}
    </li>
  );
}
