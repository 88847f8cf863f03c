import { useTranslation } from 'react-i18next';
import { useLevelTitle } from '../../../shared/use-level-title';
import { Badge } from '../../../ui';
import type { EntryChange, LevelChange } from '../api';

/** One changed competency: field changes before → after, then what changed per level. */
export function DiffEntryChange({ change }: { change: EntryChange }) {
  const { t } = useTranslation();
  const levelTitle = useLevelTitle();
  const show = (field: string, value: string) =>
    value === '' ? (
      <span className="muted">{t('common.none')}</span>
    ) : field === 'group' ? (
      t(`technical.groups.${value}`, { defaultValue: value })
    ) : (
      value
    );

  return (
    <li className="diff-entry diff-entry-changed" data-testid="diff-changed" data-code={change.code}>
      <h4 className="diff-entry-title">
        <Badge tone="code">{change.code}</Badge> {change.name}
      </h4>
      {change.fields.length > 0 && (
        <dl className="diff-fields">
          {change.fields.map((field) => (
            <div key={field.field} className="diff-field">
              <dt>{t(`technical.diff.fields.${field.field}`, { defaultValue: field.field })}</dt>
              <dd>
                <span className="diff-before">{show(field.field, field.before)}</span>
                <span className="diff-arrow" aria-hidden="true">
                  →
                </span>
                <span className="visually-hidden">{t('technical.diff.becomes')}</span>
                <span className="diff-after">{show(field.field, field.after)}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {change.levels.map((level) => (
        <LevelDiff key={level.level} change={level} title={levelTitle(level.level)} />
      ))}
    </li>
  );
}

function LevelDiff({ change, title }: { change: LevelChange; title: string }) {
  const { t } = useTranslation();
  const onlyReordered =
    !change.description && change.indicatorsAdded.length === 0 && change.indicatorsRemoved.length === 0;
  return (
    <section className="diff-level" data-testid="diff-level" data-level={change.level}>
      <h5 className="diff-level-title">{title}</h5>
      {change.description && (
        <div className="diff-description">
          <p className="diff-before">
            <span className="diff-label">{t('technical.diff.before')}</span> {change.description.before}
          </p>
          <p className="diff-after">
            <span className="diff-label">{t('technical.diff.after')}</span> {change.description.after}
          </p>
        </div>
      )}
      {(change.indicatorsAdded.length > 0 || change.indicatorsRemoved.length > 0) && (
        <ul className="diff-indicators">
          {change.indicatorsRemoved.map((indicator) => (
            <li key={`-${indicator}`} className="diff-removed-line">
              <span className="diff-sign" aria-hidden="true">
                −
              </span>
              <span className="visually-hidden">{t('technical.diff.indicatorRemoved')}</span>
              {indicator}
            </li>
          ))}
          {change.indicatorsAdded.map((indicator) => (
            <li key={`+${indicator}`} className="diff-added-line">
              <span className="diff-sign" aria-hidden="true">
                +
              </span>
              <span className="visually-hidden">{t('technical.diff.indicatorAdded')}</span>
              {indicator}
            </li>
          ))}
        </ul>
      )}
      {onlyReordered && <p className="muted small">{t('technical.diff.reordered')}</p>}
    </section>
  );
}
