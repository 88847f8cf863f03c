import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A labelled form control; the control is nested in the label so the two stay linked. */
export function Field({
  label,
  optional,
  children,
}: {
  label: string;
  optional?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span className="field-label">
        {label}
        {optional && <span className="field-optional"> ({t('common.optional')})</span>}
      </span>
      {children}
    </label>
  );
}
