import { useTranslation } from 'react-i18next';
import { useLevelTitle } from '../../../shared/use-level-title';
import { Badge, Button, Card } from '../../../ui';
import type { Entry } from '../api';
import { levelNumbers } from './entry-draft';

/** One competency read-only: its fields and the five levels side by side, indicators numbered. */
export function EntryView({ entry, onClose }: { entry: Entry; onClose: () => void }) {
  const { t } = useTranslation();
  const levelTitle = useLevelTitle();
  return (
    <Card
      as="article"
      edge="primary"
      aria-labelledby="entry-view-title"
      data-testid="entry-view"
      header={
        <div className="competency-header">
          <Badge tone="code">{entry.code}</Badge>
          <h2 id="entry-view-title">{entry.name}</h2>
          {entry.isPlaceholder && <Badge tone="warning">{t('technical.entries.placeholder')}</Badge>}
        </div>
      }
      actions={
        <Button size="small" onClick={onClose}>
          {t('technical.editor.close')}
        </Button>
      }
    >
      <dl className="meta-list">
        <dt>{t('technical.entries.affair')}</dt>
        <dd>{entry.governmentAffair || t('common.none')}</dd>
        <dt>{t('technical.entries.subAffair')}</dt>
        <dd>{entry.subAffair || t('common.none')}</dd>
        <dt>{t('technical.entries.group')}</dt>
        <dd>{t(`technical.groups.${entry.group}`)}</dd>
      </dl>
      <h3 className="subheading">{t('dictionary.definition')}</h3>
      <p className="definition">{entry.definition}</p>
      <h3 className="subheading">{t('dictionary.levelsLabel')}</h3>
      <div className="level-grid">
        {levelNumbers.map((number) => {
          const level = entry.levels.find((item) => item.level === number);
          return (
            <section key={number} className="level-column" data-testid="level-column" data-level={number}>
              <h4 className="level-column-title">{levelTitle(number)}</h4>
              <p className="level-description" data-testid="level-description">
                {level?.description || <span className="muted">{t('common.none')}</span>}
              </p>
              {level && level.behaviourIndicators.length > 0 ? (
                <ol className="indicator-list">
                  {level.behaviourIndicators.map((indicator, position) => (
                    // Indicators are plain strings that may repeat; their position is their identity.
                    // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
                    <li key={position}>{indicator}</li>
                  ))}
                </ol>
              ) : (
                <p className="muted small">{t('dictionary.noIndicators')}</p>
              )}
            </section>
          );
        })}
      </div>
    </Card>
  );
}
