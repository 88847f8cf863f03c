import { useTranslation } from 'react-i18next';
import type { Competency, ProficiencyLevel } from '../../../shared/api/reference';
import { Badge, Button, Card } from '../../../ui';

interface Props {
  competency: Competency;
  level: number;
  onLevelChange: (level: number) => void;
  proficiencyLevels: ProficiencyLevel[];
}

/** One competency: its definition and its five levels, shown one level at a time. */
export function CompetencyDetail({ competency, level, onLevelChange, proficiencyLevels }: Props) {
  const { t, i18n } = useTranslation();
  const levels = [...competency.levels].sort((a, b) => a.level - b.level);
  const current = levels.find((item) => item.level === level) ?? levels[0];
  const index = current ? levels.indexOf(current) : -1;

  const levelTitle = (value: number) => {
    const named = proficiencyLevels.find((item) => item.level === value);
    if (!named) return t('dictionary.levelLabel', { level: value });
    const name = i18n.language === 'en' ? named.name : named.nameId;
    return t('dictionary.levelWithName', { level: value, name });
  };

  return (
    <Card as="article" className="competency-detail" aria-labelledby="competency-title">
      <header className="competency-header">
        <Badge tone="code">{competency.code}</Badge>
        <h2 id="competency-title">{competency.name}</h2>
      </header>
      <h3 className="subheading">{t('dictionary.definition')}</h3>
      <p className="definition" data-testid="competency-definition">
        {competency.definition}
      </p>

      <div className="level-tabs" role="tablist" aria-label={t('dictionary.levelsLabel')}>
        {levels.map((item) => (
          <button
            key={item.level}
            type="button"
            role="tab"
            id={`level-tab-${item.level}`}
            aria-selected={item === current}
            aria-controls="level-panel"
            className={item === current ? 'level-tab active' : 'level-tab'}
            data-testid="level-button"
            data-level={item.level}
            onClick={() => onLevelChange(item.level)}
          >
            {levelTitle(item.level)}
          </button>
        ))}
      </div>

      {current && (
        <section
          className="level-panel"
          id="level-panel"
          role="tabpanel"
          aria-labelledby={`level-tab-${current.level}`}
        >
          <h3 data-testid="level-title">{levelTitle(current.level)}</h3>
          <h4 className="subheading">{t('dictionary.description')}</h4>
          <p className="level-description" data-testid="level-description">
            {current.description}
          </p>
          <h4 className="subheading">{t('dictionary.indicators')}</h4>
          {current.behaviourIndicators.length > 0 ? (
            <ol className="indicator-list" data-testid="indicator-list">
              {current.behaviourIndicators.map((indicator, position) => (
                // Indicators are plain strings that may repeat; their position is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: static list, never reordered
                <li key={position}>{indicator}</li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('dictionary.noIndicators')}</p>
          )}
          <div className="level-pager">
            <Button
              disabled={index <= 0}
              onClick={() => {
                const previous = levels[index - 1];
                if (previous) onLevelChange(previous.level);
              }}
            >
              ← {t('dictionary.previous')}
            </Button>
            <Button
              disabled={index < 0 || index >= levels.length - 1}
              onClick={() => {
                const next = levels[index + 1];
                if (next) onLevelChange(next.level);
              }}
            >
              {t('dictionary.next')} →
            </Button>
          </div>
        </section>
      )}
    </Card>
  );
}
