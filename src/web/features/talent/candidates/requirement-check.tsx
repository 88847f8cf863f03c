import { useTranslation } from 'react-i18next';

/** One requirement check of a candidate: ✓ met, ✗ not met, – not required; the symbol is backed by text. */
export function RequirementCheck({ value, label }: { value: boolean | null; label: string }) {
  const { t } = useTranslation();
  const state = value === null ? 'none' : value ? 'met' : 'unmet';
  const symbol = value === null ? '–' : value ? '✓' : '✗';
  return (
    <span
      className={`requirement-check requirement-${state}`}
      data-testid="requirement-check"
      data-state={state}
    >
      <span aria-hidden="true" className="requirement-symbol">
        {symbol}
      </span>{' '}
      <span className="requirement-text">
        {label}: {t(`talent.candidates.check.${state}`)}
      </span>
    </span>
  );
}
