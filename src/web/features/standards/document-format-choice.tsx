import { useTranslation } from 'react-i18next';
import { type DocumentFormat, documentFormats } from './documents-api';

/** "Format": PDF or Word, as radio buttons (the book and the decree). */
export function DocumentFormatChoice({
  format,
  onChange,
  testIdPrefix,
}: {
  format: DocumentFormat;
  onChange: (format: DocumentFormat) => void;
  /** `book` gives `book-format-pdf`, `book-format-docx`. */
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="field format-choices">
      <legend className="field-label">{t('book.format')}</legend>
      <div className="toolbar">
        {documentFormats.map((value) => (
          <label key={value} className="format-choice">
            <input
              type="radio"
              name="format"
              value={value}
              checked={format === value}
              onChange={() => onChange(value)}
              data-testid={`${testIdPrefix}-format-${value}`}
            />
            <span>{t(`book.formats.${value}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
