import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AffairSelect } from '../../../shared/affair-select';
import { getJobLevels, listOrgUnits, type PositionGroup } from '../../../shared/api/reference';
import { messagesFor } from '../../../shared/api/request';
import { unitsInTreeOrder } from '../../../shared/org-units';
import { useApi } from '../../../shared/use-api';
import { Button, Dialog, ErrorAlert, Field } from '../../../ui';
import {
  createPosition,
  type ListedPosition,
  type PositionInput,
  type SavedPosition,
  updatePosition,
} from '../positions-api';

const groups: readonly PositionGroup[] = ['leadership', 'administrative', 'functional'];

/**
 * Adds a position, or edits one: name, group, level (of that group), unit (moving it), government
 * affair and summary. The server checks everything again and its messages show under each field.
 */
export function PositionFormDialog({
  agencyId,
  position,
  onClose,
  onSaved,
}: {
  agencyId: string;
  /** The position to edit; absent to add one. */
  position?: ListedPosition;
  onClose: () => void;
  onSaved: (position: SavedPosition) => void;
}) {
  const { t } = useTranslation();
  const levels = useApi('job-levels', getJobLevels).data?.items ?? [];
  const units = useApi(`org-units:${agencyId}`, () => listOrgUnits(agencyId)).data?.items ?? [];
  const [form, setForm] = useState<PositionInput>({
    name: position?.name ?? '',
    positionGroup: position?.positionGroup ?? 'administrative',
    jobLevel: position?.jobLevel ?? '',
    orgUnitId: position?.orgUnitId ?? '',
    governmentAffair: position?.governmentAffair ?? '',
    summary: position?.summary ?? '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const levelsOfGroup = levels.filter((level) => level.positionGroup === form.positionGroup);
  const set = (changes: Partial<PositionInput>) => setForm((current) => ({ ...current, ...changes }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const input: PositionInput = {
      name: form.name.trim(),
      positionGroup: form.positionGroup,
      jobLevel: form.jobLevel,
      orgUnitId: form.orgUnitId || null,
      governmentAffair: form.governmentAffair || null,
      summary: form.summary?.trim() || null,
    };
    try {
      const saved = position ? await updatePosition(position.id, input) : await createPosition(input);
      onSaved(saved.position);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const formId = position ? `position-form-${position.id}` : 'position-form-new';
  return (
    <Dialog
      open
      title={position ? t('positions.form.editTitle', { name: position.name }) : t('positions.form.addTitle')}
      onClose={onClose}
      testId="position-form"
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} disabled={busy} data-testid="position-save">
            {busy ? t('common.saving') : t('positions.form.save')}
          </Button>
        </>
      }
    >
      <form id={formId} className="form" onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('positions.form.name')} errors={messagesFor(error, 'name')}>
          <input
            name="name"
            required
            minLength={3}
            maxLength={300}
            data-testid="position-name"
            value={form.name}
            onChange={(event) => set({ name: event.target.value })}
          />
        </Field>
        <div className="form-grid">
          <Field label={t('positions.form.group')}>
            <select
              name="positionGroup"
              data-testid="position-group"
              value={form.positionGroup}
              onChange={(event) => set({ positionGroup: event.target.value as PositionGroup, jobLevel: '' })}
            >
              {groups.map((group) => (
                <option key={group} value={group}>
                  {t(`positionGroups.${group}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('positions.form.jobLevel')} errors={messagesFor(error, 'jobLevel')}>
            <select
              name="jobLevel"
              required
              data-testid="position-job-level"
              value={form.jobLevel}
              onChange={(event) => set({ jobLevel: event.target.value })}
            >
              <option value="">{t('positions.form.chooseLevel')}</option>
              {levelsOfGroup.map((level) => (
                <option key={level.code} value={level.code}>
                  {level.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={t('positions.form.orgUnit')} optional errors={messagesFor(error, 'orgUnitId')}>
          <select
            name="orgUnitId"
            data-testid="position-unit"
            value={form.orgUnitId ?? ''}
            onChange={(event) => set({ orgUnitId: event.target.value })}
          >
            <option value="">{t('positions.form.noUnit')}</option>
            {unitsInTreeOrder(units).map(({ unit, depth }) => (
              <option key={unit.id} value={unit.id}>
                {`${'\u00a0\u00a0'.repeat(depth)}${unit.name}`}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('positions.form.affair')} optional errors={messagesFor(error, 'governmentAffair')}>
          <AffairSelect
            value={form.governmentAffair ?? ''}
            onChange={(value) => set({ governmentAffair: value })}
            emptyLabel={t('positions.form.noAffair')}
            testId="position-affair"
          />
        </Field>
        <Field label={t('positions.form.summary')} optional errors={messagesFor(error, 'summary')}>
          <textarea
            name="summary"
            rows={3}
            maxLength={4000}
            value={form.summary ?? ''}
            onChange={(event) => set({ summary: event.target.value })}
          />
        </Field>
        <ErrorAlert error={error} />
      </form>
    </Dialog>
  );
}

/** Asks for the reason before a position leaves the map; the admin's decision, audited. */
export function RetirePositionDialog({
  position,
  onClose,
  onRetired,
  retire,
}: {
  position: ListedPosition;
  onClose: () => void;
  onRetired: () => void;
  retire: (positionId: string, reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await retire(position.id, reason.trim());
      onRetired();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      title={t('positions.retire.title', { name: position.name })}
      onClose={onClose}
      testId="retire-dialog"
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="danger"
            type="submit"
            form="retire-form"
            disabled={busy}
            data-testid="retire-confirm"
          >
            {busy ? t('common.saving') : t('positions.retire.confirm')}
          </Button>
        </>
      }
    >
      <form id="retire-form" className="form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="dialog-message">{t('positions.retire.explain')}</p>
        <Field label={t('positions.retire.reason')} errors={messagesFor(error, 'reason')}>
          <textarea
            name="reason"
            rows={3}
            required
            maxLength={1000}
            data-testid="retire-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Field>
        <ErrorAlert error={error} />
      </form>
    </Dialog>
  );
}
