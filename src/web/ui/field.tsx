import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './field.css';

/** A labelled form control; the control is nested in the label so the two stay linked. */
export function Field({
  label,
  optional,
  errors,
  className,
  children,
}: {
  label: ReactNode;
  optional?: boolean;
  /** Server validation messages for this control, shown under it. */
  errors?: readonly string[];
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <label className={className ? `field ${className}` : 'field'}>
      <span className="field-label">
        {label}
        {optional && <span className="field-optional"> ({t('common.optional')})</span>}
      </span>
      {children}
      <FieldErrors errors={errors} />
    </label>
  );
}

/** Messages of one control or group of controls, in the error colour. */
export function FieldErrors({ errors }: { errors?: readonly string[] | undefined }) {
  if (!errors || errors.length === 0) return null;
  return (
    <span className="field-errors" data-testid="field-error">
      {errors.map((message) => (
        <span key={message} className="field-error">
          {message}
        </span>
      ))}
    </span>
  );
}
