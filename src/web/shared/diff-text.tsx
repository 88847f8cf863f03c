import './diff.css';
import { useTranslation } from 'react-i18next';

/** A level description before → after, struck through and marked, each with its word for screen readers. */
export function DescriptionChange({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <div className="diff-description">
      <p className="diff-before">
        <span className="diff-label">{t('technical.diff.before')}</span> {before}
      </p>
      <p className="diff-after">
        <span className="diff-label">{t('technical.diff.after')}</span> {after}
      </p>
    </div>
  );
}

/** Behaviour indicators taken out (−) and put in (+); nothing when neither list has any. */
export function IndicatorChanges({ removed, added }: { removed: string[]; added: string[] }) {
  const { t } = useTranslation();
  if (removed.length === 0 && added.length === 0) return null;
  return (
    <ul className="diff-indicators">
      {removed.map((indicator) => (
        <li key={`-${indicator}`} className="diff-removed-line">
          <span className="diff-sign" aria-hidden="true">
            −
          </span>
          <span className="visually-hidden">{t('technical.diff.indicatorRemoved')}</span>
          {indicator}
        </li>
      ))}
      {added.map((indicator) => (
        <li key={`+${indicator}`} className="diff-added-line">
          <span className="diff-sign" aria-hidden="true">
            +
          </span>
          <span className="visually-hidden">{t('technical.diff.indicatorAdded')}</span>
          {indicator}
        </li>
      ))}
    </ul>
  );
}
