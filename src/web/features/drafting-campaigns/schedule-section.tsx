import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../shared/format';
import { useAction } from '../../shared/use-action';
import { Button, Card, DataTable, ErrorAlert, Field } from '../../ui';
import {
  addPhase,
  type DraftingCampaignDetail,
  type DraftingCampaignPhaseView,
  deletePhase,
  draftingCampaignPhaseKinds,
  type PhaseKind,
  updateDraftingCampaign,
  updatePhase,
} from './api';

/** The drafting campaign's name and period, and its phases (editable by the admin). */
export function ScheduleSection({
  detail,
  onChanged,
}: {
  detail: DraftingCampaignDetail;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const manage = detail.permissions.manage;
  return (
    <>
      {manage && <DraftingCampaignForm detail={detail} onChanged={onChanged} />}
      <Card title={t('draftingCampaigns.schedule.title')} titleId="phases-title">
        <DataTable
          testId="phases-table"
          columns={[
            t('draftingCampaigns.schedule.kind'),
            t('draftingCampaigns.schedule.phase'),
            t('draftingCampaigns.startsOn'),
            t('draftingCampaigns.endsOn'),
            manage && { label: t('draftingCampaigns.positionsTab.actions'), hidden: true },
          ]}
          rows={detail.phases}
          rowKey={(phase) => phase.id}
          renderRow={(phase) =>
            manage ? (
              <PhaseRow draftingCampaignId={detail.draftingCampaign.id} phase={phase} onChanged={onChanged} />
            ) : (
              <tr>
                <td>{t(`draftingCampaigns.phaseKinds.${phase.kind}`)}</td>
                <td>{phase.name}</td>
                <td>{formatDay(phase.startsOn)}</td>
                <td>{formatDay(phase.endsOn)}</td>
              </tr>
            )
          }
        />
        {manage && <PhaseForm draftingCampaignId={detail.draftingCampaign.id} onChanged={onChanged} />}
      </Card>
    </>
  );
}

function PhaseRow({
  draftingCampaignId,
  phase,
  onChanged,
}: {
  draftingCampaignId: string;
  phase: DraftingCampaignPhaseView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction(onChanged);
  const [kind, setKind] = useState<PhaseKind>(phase.kind);
  const [name, setName] = useState(phase.name);
  const [startsOn, setStartsOn] = useState(phase.startsOn);
  const [endsOn, setEndsOn] = useState(phase.endsOn);
  const changed =
    kind !== phase.kind || name !== phase.name || startsOn !== phase.startsOn || endsOn !== phase.endsOn;
  return (
    <>
      <tr data-testid="phase-row">
        <td>
          <KindSelect value={kind} onChange={setKind} />
        </td>
        <td>
          <input
            aria-label={t('draftingCampaigns.schedule.phase')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </td>
        <td>
          <input
            type="date"
            aria-label={t('draftingCampaigns.startsOn')}
            value={startsOn}
            onChange={(e) => setStartsOn(e.target.value)}
          />
        </td>
        <td>
          <input
            type="date"
            aria-label={t('draftingCampaigns.endsOn')}
            value={endsOn}
            onChange={(e) => setEndsOn(e.target.value)}
          />
        </td>
        <td className="nowrap">
          <Button
            size="small"
            disabled={!changed || action.busy}
            onClick={() =>
              void action.run(() =>
                updatePhase(draftingCampaignId, phase.id, { kind, name: name.trim(), startsOn, endsOn }),
              )
            }
          >
            {t('common.save')}
          </Button>{' '}
          <Button
            variant="link"
            disabled={action.busy}
            onClick={() => void action.run(() => deletePhase(draftingCampaignId, phase.id))}
          >
            {t('draftingCampaigns.schedule.delete')}
          </Button>
        </td>
      </tr>
      {action.error ? (
        <tr>
          <td colSpan={5}>
            <ErrorAlert error={action.error} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

function KindSelect({ value, onChange }: { value: PhaseKind; onChange: (kind: PhaseKind) => void }) {
  const { t } = useTranslation();
  return (
    <select
      aria-label={t('draftingCampaigns.schedule.kind')}
      value={value}
      onChange={(e) => onChange(draftingCampaignPhaseKinds.find((k) => k === e.target.value) ?? 'other')}
    >
      {draftingCampaignPhaseKinds.map((kind) => (
        <option key={kind} value={kind}>
          {t(`draftingCampaigns.phaseKinds.${kind}`)}
        </option>
      ))}
    </select>
  );
}

function PhaseForm({ draftingCampaignId, onChanged }: { draftingCampaignId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const action = useAction(onChanged);
  const [kind, setKind] = useState<PhaseKind>('other');
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await action.run(() => addPhase(draftingCampaignId, { kind, name: name.trim(), startsOn, endsOn })))
      setName('');
  }

  return (
    <form
      className="drafting-campaign-inline-form"
      onSubmit={(e) => void onSubmit(e)}
      data-testid="phase-form"
      noValidate
    >
      <Field label={t('draftingCampaigns.schedule.kind')}>
        <KindSelect value={kind} onChange={setKind} />
      </Field>
      <Field label={t('draftingCampaigns.schedule.phase')} errors={action.errorsFor('name')}>
        <input name="phaseName" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t('draftingCampaigns.startsOn')} errors={action.errorsFor('startsOn')}>
        <input
          type="date"
          name="phaseStartsOn"
          value={startsOn}
          onChange={(e) => setStartsOn(e.target.value)}
        />
      </Field>
      <Field label={t('draftingCampaigns.endsOn')} errors={action.errorsFor('endsOn')}>
        <input type="date" name="phaseEndsOn" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
      </Field>
      <Button type="submit" disabled={action.busy || !name.trim()}>
        {t('draftingCampaigns.schedule.add')}
      </Button>
      <ErrorAlert error={action.error} />
    </form>
  );
}

function DraftingCampaignForm({
  detail,
  onChanged,
}: {
  detail: DraftingCampaignDetail;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction(onChanged);
  const [name, setName] = useState(detail.draftingCampaign.name);
  const [startsOn, setStartsOn] = useState(detail.draftingCampaign.startsOn);
  const [endsOn, setEndsOn] = useState(detail.draftingCampaign.endsOn);
  const [replanPhases, setReplanPhases] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await action.run(() =>
      updateDraftingCampaign(detail.draftingCampaign.id, {
        name: name.trim(),
        startsOn,
        endsOn,
        replanPhases,
      }),
    );
  }

  return (
    <Card
      title={t('draftingCampaigns.schedule.editDraftingCampaign')}
      titleId="edit-drafting-campaign-title"
      edge="accent"
    >
      <form
        className="form"
        onSubmit={(e) => void onSubmit(e)}
        data-testid="edit-drafting-campaign-form"
        noValidate
      >
        <div className="form-grid">
          <Field label={t('draftingCampaigns.name')} errors={action.errorsFor('name')}>
            <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label={t('draftingCampaigns.startsOn')} errors={action.errorsFor('startsOn')}>
            <input
              type="date"
              name="startsOn"
              value={startsOn}
              onChange={(e) => setStartsOn(e.target.value)}
            />
          </Field>
          <Field label={t('draftingCampaigns.endsOn')} errors={action.errorsFor('endsOn')}>
            <input type="date" name="endsOn" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
          </Field>
        </div>
        <label className="drafting-campaign-check">
          <input
            className="checkbox"
            type="checkbox"
            checked={replanPhases}
            onChange={(e) => setReplanPhases(e.target.checked)}
          />
          {t('draftingCampaigns.schedule.replan')}
        </label>
        <ErrorAlert error={action.error} />
        <Button variant="primary" type="submit" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('common.save')}
        </Button>
      </form>
    </Card>
  );
}
