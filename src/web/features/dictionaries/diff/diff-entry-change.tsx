import { useTranslation } from 'react-i18next';
import { DescriptionChange, IndicatorChanges } from '../../../shared/diff-text';
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
        <DescriptionChange before={change.description.before} after={change.description.after} />
      )}
      <IndicatorChanges removed={change.indicatorsRemoved} added={change.indicatorsAdded} />
      {onlyReordered && <p className="muted small">{t('technical.diff.reordered')}</p>}
    </section>
  );
}
