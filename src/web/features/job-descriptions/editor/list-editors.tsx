import { useTranslation } from 'react-i18next';
import { Button, DataTable, FieldErrors } from '../../../ui';

/** A list of short texts, one input each, with add and remove; a numbered list when read-only. */
export function TextListEditor({
  id,
  items,
  readOnly,
  onChange,
  errors,
}: {
  /** Stable id for labels and test ids (the component key). */
  id: string;
  items: string[];
  readOnly: boolean;
  onChange: (items: string[]) => void;
  errors?: (index: number) => string[];
}) {
  const { t } = useTranslation();
  if (readOnly) {
    return items.length === 0 ? (
      <p className="muted small">{t('jobDescription.list.empty')}</p>
    ) : (
      <ol className="jd-read-list">
        {items.map((item, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity but their place
          <li key={k}>{item}</li>
        ))}
      </ol>
    );
  }
  return (
    <div className="jd-list" data-testid={`jd-list-${id}`}>
      {items.map((item, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <div className="jd-list-row" key={k}>
          <span className="jd-list-number">{k + 1}.</span>
          <input
            type="text"
            value={item}
            aria-label={t('jobDescription.list.item', { number: k + 1 })}
            data-testid="jd-list-input"
            onChange={(event) => onChange(items.map((x, i) => (i === k ? event.target.value : x)))}
          />
          <Button
            variant="link"
            className="jd-remove"
            aria-label={t('jobDescription.list.removeItem', { number: k + 1 })}
            onClick={() => onChange(items.filter((_, i) => i !== k))}
          >
            ×
          </Button>
          <FieldErrors errors={errors?.(k)} />
        </div>
      ))}
      <Button size="small" data-testid={`jd-add-${id}`} onClick={() => onChange([...items, ''])}>
        {t('jobDescription.list.add')}
      </Button>
    </div>
  );
}

export interface RowField<T> {
  key: keyof T & string;
  label: string;
  wide?: boolean;
}

/** Rows of a few texts each (materials, tools, relations, hazards), as a table of inputs. */
export function RowsEditor<T extends Record<string, string>>({
  id,
  rows,
  fields,
  empty,
  readOnly,
  onChange,
  errors,
}: {
  id: string;
  rows: T[];
  fields: RowField<T>[];
  empty: T;
  readOnly: boolean;
  onChange: (rows: T[]) => void;
  errors?: (index: number) => string[];
}) {
  const { t } = useTranslation();
  if (readOnly && rows.length === 0) return <p className="muted small">{t('jobDescription.list.empty')}</p>;
  return (
    <DataTable
      testId={`jd-rows-${id}`}
      className="jd-rows"
      columns={[
        { label: 'No', numeric: true },
        ...fields.map((field) => field.label),
        !readOnly && { label: t('jobDescription.list.remove'), hidden: true },
      ]}
      rows={rows}
      // Rows have no identity but their place.
      rowKey={(_row, k) => String(k)}
      renderRow={(row, k) => (
        <tr>
          <td className="num">{k + 1}</td>
          {fields.map((field) => (
            <td key={field.key} className={field.wide ? 'jd-cell-wide' : undefined}>
              {readOnly ? (
                row[field.key]
              ) : (
                <input
                  type="text"
                  value={row[field.key]}
                  aria-label={`${field.label} ${k + 1}`}
                  data-field={field.key}
                  onChange={(event) =>
                    onChange(rows.map((r, i) => (i === k ? { ...r, [field.key]: event.target.value } : r)))
                  }
                />
              )}
              {field === fields[0] && <FieldErrors errors={errors?.(k)} />}
            </td>
          ))}
          {!readOnly && (
            <td>
              <Button
                variant="link"
                className="jd-remove"
                aria-label={t('jobDescription.list.removeItem', { number: k + 1 })}
                onClick={() => onChange(rows.filter((_, i) => i !== k))}
              >
                ×
              </Button>
            </td>
          )}
        </tr>
      )}
      underTable={
        !readOnly && (
          <Button size="small" data-testid={`jd-add-${id}`} onClick={() => onChange([...rows, { ...empty }])}>
            {t('jobDescription.list.add')}
          </Button>
        )
      }
    />
  );
}
