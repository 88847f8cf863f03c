import { useTranslation } from 'react-i18next';
import { type AgencyKind, agencyKinds } from '../../shared/api/reference';
import { Button, Field, FieldErrors } from '../../ui';
import type { MandatoryTechnical } from './api';

/** Technical competencies every standard of the given agency kinds must carry (seed 002: regions). */
export function PolicyMandatoryList({
  items,
  canEdit,
  errors,
  onChange,
}: {
  items: MandatoryTechnical[];
  canEdit: boolean;
  /** Server messages per item index. */
  errors: (index: number) => string[];
  onChange: (items: MandatoryTechnical[]) => void;
}) {
  const { t } = useTranslation();
  const kinds = (list: AgencyKind[]) => list.map((kind) => t(`agencyKinds.${kind}`)).join(', ');
  const update = (index: number, item: MandatoryTechnical) =>
    onChange(items.map((current, i) => (i === index ? item : current)));

  if (!canEdit) {
    return items.length === 0 ? (
      <p className="muted">{t('policy.mandatory.empty')}</p>
    ) : (
      <ul className="policy-mandatory" data-testid="policy-mandatory">
        {items.map((item) => (
          <li key={item.name}>
            <strong>{item.name}</strong>{' '}
            <span className="muted small">
              {t('policy.mandatory.appliesToList', { kinds: kinds(item.appliesTo) })}
            </span>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className="stack" data-testid="policy-mandatory">
      {items.length === 0 && <p className="muted">{t('policy.mandatory.empty')}</p>}
      {items.map((item, index) => (
        // Items have no id; the position is their identity while editing.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <fieldset key={index} className="policy-mandatory-item">
          <legend className="visually-hidden">{t('policy.mandatory.item', { number: index + 1 })}</legend>
          <Field label={t('policy.mandatory.name')}>
            <input
              value={item.name}
              onChange={(event) => update(index, { ...item, name: event.target.value })}
            />
          </Field>
          <fieldset className="policy-kinds">
            <legend className="field-label">{t('policy.mandatory.appliesTo')}</legend>
            {agencyKinds.map((kind) => (
              <label key={kind} className="policy-level">
                <input
                  type="checkbox"
                  className="checkbox"
                  checked={item.appliesTo.includes(kind)}
                  onChange={(event) =>
                    update(index, {
                      ...item,
                      appliesTo: event.target.checked
                        ? agencyKinds.filter((k) => k === kind || item.appliesTo.includes(k))
                        : item.appliesTo.filter((k) => k !== kind),
                    })
                  }
                />
                {t(`agencyKinds.${kind}`)}
              </label>
            ))}
          </fieldset>
          <FieldErrors errors={errors(index)} />
          <Button variant="danger" size="small" onClick={() => onChange(items.filter((_, i) => i !== index))}>
            {t('policy.mandatory.remove')}
            <span className="visually-hidden"> — {item.name}</span>
          </Button>
        </fieldset>
      ))}
      <div>
        <Button
          size="small"
          onClick={() => onChange([...items, { name: '', appliesTo: ['province', 'regency', 'city'] }])}
        >
          {t('policy.mandatory.add')}
        </Button>
      </div>
    </div>
  );
}
