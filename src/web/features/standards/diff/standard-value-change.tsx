import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffValue, ValueChange } from '../api';

/** One changed identity or requirement field of a standard: its label, before → after. */
export function StandardValueChange({
  change,
  kind,
}: {
  change: ValueChange;
  kind: 'identity' | 'requirement';
}) {
  const { t } = useTranslation();
  return (
    <div className="diff-field" data-testid="diff-change" data-kind={kind} data-path={change.path}>
      <dt>{t(`standardDiff.paths.${change.path}`, { defaultValue: change.path })}</dt>
      <dd>
        <span className="diff-before">
          <DiffValueText path={change.path} value={change.before} />
        </span>
        <span className="diff-arrow" aria-hidden="true">
          →
        </span>
        <span className="visually-hidden">{t('technical.diff.becomes')}</span>
        <span className="diff-after">
          <DiffValueText path={change.path} value={change.after} />
        </span>
      </dd>
    </div>
  );
}

function DiffValueText({ path, value }: { path: string; value: DiffValue }): ReactNode {
  const { t } = useTranslation();
  const none = <span className="muted">{t('common.none')}</span>;
  const importance = (code: string) => t(`standards.importance.${code}`, { defaultValue: code });
  if (value === null || value === '') return none;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    if (path.endsWith('.importance')) return importance(value);
    if (path === 'identity.positionGroup') return t(`positionGroups.${value}`, { defaultValue: value });
    return value;
  }
  if (value.length === 0) return none;
  return (
    <ul className="standard-diff-values">
      {value.map((item, index) => {
        const text =
          typeof item === 'string'
            ? item
            : `${'name' in item ? item.name : item.text} (${importance(item.importance)})`;
        // biome-ignore lint/suspicious/noArrayIndexKey: plain values that may repeat
        return <li key={index}>{text}</li>;
      })}
    </ul>
  );
}
