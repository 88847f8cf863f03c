import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../shared/api/request';
import { Badge, Button, badgeClass } from '../../../ui';
import { canSeeCandidates, useCurrentUser } from '../../account/current-user';
import { type MapPosition, updatePositionPlacement } from '../api';

type CountField = 'headcount' | 'requiredHeadcount';

export interface MapCardOptions {
  jobLevelName: (code: string) => string;
  /** Admins and drafters of the map's agency change the numbers in place. */
  canEdit: boolean;
  /** Query string kept on links (the chosen agency of national roles). */
  search: string;
  onSaved: () => void;
}

/**
 * One position on the map: name, job level, grade, B/K with the difference and the SKJ state.
 * The difference is shown as in HR's own sheets and the Excel export: B − K, so −1 reads
 * "one short" (the API's `gap` is the other way round, K − B).
 */
export function MapPositionCard({
  position,
  options,
  childrenToggle,
}: {
  position: MapPosition;
  options: MapCardOptions;
  childrenToggle: ReactNode;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  // Candidates by job-person match: for HR staff, and only against a ratified standard.
  const user = useCurrentUser();
  const showCandidates = position.hasRatifiedStandard && canSeeCandidates(user);
  const difference = position.headcount - position.requiredHeadcount;
  const titleId = `map-position-${position.id}`;

  return (
    <article
      className={`map-card map-card-${position.positionGroup}`}
      data-testid="map-position"
      data-position-id={position.id}
      aria-labelledby={titleId}
    >
      <div className="map-card-head">
        <span className="map-card-level">{options.jobLevelName(position.jobLevel)}</span>
        {position.jobGrade === null ? (
          <Badge tone="muted" data-testid="map-grade">
            {t('positionMap.card.notEvaluated')}
          </Badge>
        ) : (
          <Badge
            tone="code"
            data-testid="map-grade"
            title={t('positionMap.card.value', { value: position.jobValue })}
          >
            {t('positionMap.card.grade', { grade: position.jobGrade })}
          </Badge>
        )}
      </div>
      <h4 className="map-card-name" id={titleId}>
        {position.name}
      </h4>
      {editing ? (
        <HeadcountForm
          position={position}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            options.onSaved();
          }}
        />
      ) : (
        <dl className="map-counts">
          <div>
            <dt>
              <abbr title={t('positionMap.card.headcountTitle')}>B</abbr>
            </dt>
            <dd data-testid="map-headcount">{position.headcount}</dd>
          </div>
          <div>
            <dt>
              <abbr title={t('positionMap.card.requiredTitle')}>K</abbr>
            </dt>
            <dd data-testid="map-required">{position.requiredHeadcount}</dd>
          </div>
          <div className={differenceClass(difference)}>
            <dt>
              <abbr title={t('positionMap.card.differenceTitle')}>+/-</abbr>
            </dt>
            <dd data-testid="map-gap" data-gap={difference}>
              {formatDifference(difference)}
              <span className="visually-hidden"> ({differenceText(t, difference)})</span>
            </dd>
          </div>
        </dl>
      )}
      <div className="map-card-skj">
        <span className="map-card-label">{t('positionMap.card.skj')}</span>
        <StandardBadge position={position} />
      </div>
      <div className="map-card-actions">
        <Link
          to={`/peta-jabatan/evaluasi/${position.id}${options.search}`}
          className="map-card-link"
          data-testid="map-evaluate"
        >
          {t('positionMap.card.evaluate')}
        </Link>
        <Link
          to={`/peta-jabatan/uraian/${position.id}${options.search}`}
          className="map-card-link"
          data-testid="map-job-description"
        >
          {t('jobDescription.open')}
        </Link>
        {showCandidates && (
          <Link
            to={`/kandidat/${position.id}${options.search}`}
            className="map-card-link"
            data-testid="map-candidates"
          >
            {t('talent.list.candidates')}
          </Link>
        )}
        {options.canEdit && !editing && (
          <Button
            variant="link"
            className="map-card-link"
            data-testid="map-edit-headcount"
            aria-label={t('positionMap.card.editFor', { name: position.name })}
            onClick={() => setEditing(true)}
          >
            {t('positionMap.card.edit')}
          </Button>
        )}
      </div>
      {childrenToggle}
    </article>
  );
}

function differenceClass(difference: number): string {
  if (difference < 0) return 'map-difference map-difference-short';
  if (difference > 0) return 'map-difference map-difference-surplus';
  return 'map-difference map-difference-even';
}

/** B − K with its sign: "+1", "−1" (a real minus sign), "0". */
export function formatDifference(difference: number): string {
  if (difference > 0) return `+${difference}`;
  if (difference < 0) return `−${-difference}`;
  return '0';
}

function differenceText(t: (key: string, options?: Record<string, unknown>) => string, difference: number) {
  if (difference < 0) return t('positionMap.card.short', { count: -difference });
  if (difference > 0) return t('positionMap.card.surplus', { count: difference });
  return t('positionMap.card.even');
}

function StandardBadge({ position }: { position: MapPosition }) {
  const { t } = useTranslation();
  const standard = position.standard;
  if (!standard) {
    return (
      <Badge tone="muted" data-testid="map-standard" data-status="none">
        {t('positionMap.card.skjNone')}
      </Badge>
    );
  }
  const revising = position.hasRatifiedStandard && standard.status !== 'ratified';
  const label = revising
    ? t('positionMap.card.skjRevision', { status: t(`standards.status.${standard.status}`) })
    : standard.status === 'ratified'
      ? t('positionMap.card.skjRatified')
      : t(`standards.status.${standard.status}`);
  return (
    <Link
      to={`/skj/${standard.id}`}
      className={badgeClass(position.hasRatifiedStandard ? 'success' : 'warning', 'map-standard-link')}
      data-testid="map-standard"
      data-status={standard.status}
      title={t('positionMap.card.skjVersion', { version: standard.version })}
    >
      {label}
    </Link>
  );
}

/** B and K in place; whole numbers from 0, checked here and again by the server. */
function HeadcountForm({
  position,
  onCancel,
  onSaved,
}: {
  position: MapPosition;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<CountField, string>>({
    headcount: String(position.headcount),
    requiredHeadcount: String(position.requiredHeadcount),
  });
  const [errors, setErrors] = useState<Partial<Record<CountField, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const fieldErrors: Partial<Record<CountField, string>> = {};
    const parsed: Partial<Record<CountField, number>> = {};
    for (const field of ['headcount', 'requiredHeadcount'] as const) {
      const text = values[field].trim();
      const value = Number(text);
      if (text === '' || !Number.isInteger(value) || value < 0) {
        fieldErrors[field] = t('positionMap.edit.invalid');
      } else if (value !== position[field]) {
        parsed[field] = value;
      }
    }
    setErrors(fieldErrors);
    setError(null);
    if (Object.keys(fieldErrors).length > 0) return;
    if (Object.keys(parsed).length === 0) {
      onCancel();
      return;
    }
    setSaving(true);
    try {
      await updatePositionPlacement(position.id, parsed);
      onSaved();
    } catch (err) {
      const serverErrors: Partial<Record<CountField, string>> = {};
      if (err instanceof ApiError) {
        for (const issue of err.issues) {
          const field = issue.path.split('.').pop();
          if (field === 'headcount' || field === 'requiredHeadcount') serverErrors[field] = issue.message;
        }
      }
      setErrors(serverErrors);
      // A message already shown under its field is not repeated below the form.
      const message = err instanceof Error && err.message ? err.message : t('common.loadFailed');
      setError(Object.values(serverErrors).includes(message) ? null : message);
    } finally {
      setSaving(false);
    }
  }

  const input = (field: CountField, label: string) => (
    <label className="map-count-field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        name={field}
        value={values[field]}
        data-testid="headcount-input"
        data-field={field}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `${position.id}-${field}-error` : undefined}
        onChange={(event) => setValues((v) => ({ ...v, [field]: event.target.value }))}
      />
      {errors[field] && (
        <span className="field-error" id={`${position.id}-${field}-error`}>
          {errors[field]}
        </span>
      )}
    </label>
  );

  return (
    <form
      className="map-count-form"
      data-testid="headcount-form"
      aria-label={t('positionMap.edit.title', { name: position.name })}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <div className="map-count-fields">
        {input('headcount', t('positionMap.edit.headcount'))}
        {input('requiredHeadcount', t('positionMap.edit.required'))}
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid="headcount-error">
          {error}
        </p>
      )}
      <div className="map-count-buttons">
        <Button variant="primary" size="small" type="submit" data-testid="headcount-save" disabled={saving}>
          {saving ? t('common.saving') : t('common.save')}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t('positionMap.edit.cancel')}
        </Button>
      </div>
    </form>
  );
}
