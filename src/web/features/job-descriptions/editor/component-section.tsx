import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComponentKey, JobDescription } from '../api';

/** What every tab panel gets from the editor. */
export interface PanelProps {
  content: JobDescription;
  update: (change: (content: JobDescription) => JobDescription) => void;
  readOnly: boolean;
  /** Whether a component is filled (live) and whether it applies to this position. */
  filled: (key: ComponentKey) => boolean;
  applies: (key: ComponentKey) => boolean;
  /** Server messages for a content path and the paths under it (`tasks.2` → `tasks.2.volume`). */
  errorsFor: (path: string) => string[];
}

/** One component of the job description: its name, whether it is filled, and its editor. */
export function ComponentSection({
  componentKey,
  filled,
  hint,
  children,
}: {
  componentKey: ComponentKey;
  filled: boolean;
  hint?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = `jd-component-${componentKey.replace('.', '-')}`;
  return (
    <section
      className="jd-component"
      aria-labelledby={titleId}
      data-testid="jd-component"
      data-key={componentKey}
      data-filled={filled ? 'true' : 'false'}
    >
      <h3 id={titleId}>
        <span className={filled ? 'jd-mark jd-mark-filled' : 'jd-mark'} aria-hidden="true">
          {filled ? '✓' : '○'}
        </span>
        {t(`jobDescription.components.${componentKey}`)}
        <span className="visually-hidden">
          {' '}
          ({filled ? t('jobDescription.filled') : t('jobDescription.notFilled')})
        </span>
      </h3>
      {hint && <p className="muted small jd-hint">{hint}</p>}
      {children}
    </section>
  );
}
