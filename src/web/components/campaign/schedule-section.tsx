import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addPhase,
  type CampaignDetail,
  type CampaignPhaseView,
  campaignPhaseKinds,
  deletePhase,
  type PhaseKind,
  updateCampaign,
  updatePhase,
} from '../../api-campaigns';
import { ErrorAlert } from '../error-alert';
import { Field } from '../field';
import { useCampaignAction } from './use-campaign-action';
import { useFormatDay } from './use-format-day';

/** The campaign's name and period, and its phases (editable by the admin). */
export function ScheduleSection({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const manage = detail.permissions.manage;
  return (
    <>
      {manage && <CampaignForm detail={detail} onChanged={onChanged} />}
      <section className="card" aria-labelledby="phases-title">
        <h2 id="phases-title">{t('campaigns.schedule.title')}</h2>
        <div className="table-wrap">
          <table className="table" data-testid="phases-table">
            <thead>
              <tr>
                <th scope="col">{t('campaigns.schedule.kind')}</th>
                <th scope="col">{t('campaigns.schedule.phase')}</th>
                <th scope="col">{t('campaigns.startsOn')}</th>
                <th scope="col">{t('campaigns.endsOn')}</th>
                {manage && (
                  <th scope="col">
                    <span className="visually-hidden">{t('campaigns.positionsTab.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {detail.phases.map((phase) =>
                manage ? (
                  <PhaseRow
                    key={phase.id}
                    campaignId={detail.campaign.id}
                    phase={phase}
                    onChanged={onChanged}
                  />
                ) : (
                  <tr key={phase.id}>
                    <td>{t(`campaigns.phaseKinds.${phase.kind}`)}</td>
                    <td>{phase.name}</td>
                    <td>{formatDay(phase.startsOn)}</td>
                    <td>{formatDay(phase.endsOn)}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
        {manage && <PhaseForm campaignId={detail.campaign.id} onChanged={onChanged} />}
      </section>
    </>
  );
}

function PhaseRow({
  campaignId,
  phase,
  onChanged,
}: {
  campaignId: string;
  phase: CampaignPhaseView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useCampaignAction(onChanged);
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
            aria-label={t('campaigns.schedule.phase')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </td>
        <td>
          <input
            type="date"
            aria-label={t('campaigns.startsOn')}
            value={startsOn}
            onChange={(e) => setStartsOn(e.target.value)}
          />
        </td>
        <td>
          <input
            type="date"
            aria-label={t('campaigns.endsOn')}
            value={endsOn}
            onChange={(e) => setEndsOn(e.target.value)}
          />
        </td>
        <td className="nowrap">
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={!changed || action.busy}
            onClick={() =>
              void action.run(() =>
                updatePhase(campaignId, phase.id, { kind, name: name.trim(), startsOn, endsOn }),
              )
            }
          >
            {t('common.save')}
          </button>{' '}
          <button
            type="button"
            className="link-button"
            disabled={action.busy}
            onClick={() => void action.run(() => deletePhase(campaignId, phase.id))}
          >
            {t('campaigns.schedule.delete')}
          </button>
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
      aria-label={t('campaigns.schedule.kind')}
      value={value}
      onChange={(e) => onChange(campaignPhaseKinds.find((k) => k === e.target.value) ?? 'other')}
    >
      {campaignPhaseKinds.map((kind) => (
        <option key={kind} value={kind}>
          {t(`campaigns.phaseKinds.${kind}`)}
        </option>
      ))}
    </select>
  );
}

function PhaseForm({ campaignId, onChanged }: { campaignId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const action = useCampaignAction(onChanged);
  const [kind, setKind] = useState<PhaseKind>('other');
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await action.run(() => addPhase(campaignId, { kind, name: name.trim(), startsOn, endsOn })))
      setName('');
  }

  return (
    <form
      className="campaign-inline-form"
      onSubmit={(e) => void onSubmit(e)}
      data-testid="phase-form"
      noValidate
    >
      <Field label={t('campaigns.schedule.kind')}>
        <KindSelect value={kind} onChange={setKind} />
      </Field>
      <Field label={t('campaigns.schedule.phase')} errors={action.errorsFor('name')}>
        <input name="phaseName" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t('campaigns.startsOn')} errors={action.errorsFor('startsOn')}>
        <input
          type="date"
          name="phaseStartsOn"
          value={startsOn}
          onChange={(e) => setStartsOn(e.target.value)}
        />
      </Field>
      <Field label={t('campaigns.endsOn')} errors={action.errorsFor('endsOn')}>
        <input type="date" name="phaseEndsOn" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
      </Field>
      <button type="submit" className="button button-secondary" disabled={action.busy || !name.trim()}>
        {t('campaigns.schedule.add')}
      </button>
      <ErrorAlert error={action.error} />
    </form>
  );
}

function CampaignForm({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const action = useCampaignAction(onChanged);
  const [name, setName] = useState(detail.campaign.name);
  const [startsOn, setStartsOn] = useState(detail.campaign.startsOn);
  const [endsOn, setEndsOn] = useState(detail.campaign.endsOn);
  const [replanPhases, setReplanPhases] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await action.run(() =>
      updateCampaign(detail.campaign.id, { name: name.trim(), startsOn, endsOn, replanPhases }),
    );
  }

  return (
    <section className="card form-card" aria-labelledby="edit-campaign-title">
      <h2 id="edit-campaign-title">{t('campaigns.schedule.editCampaign')}</h2>
      <form className="form" onSubmit={(e) => void onSubmit(e)} data-testid="edit-campaign-form" noValidate>
        <div className="form-grid">
          <Field label={t('campaigns.name')} errors={action.errorsFor('name')}>
            <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label={t('campaigns.startsOn')} errors={action.errorsFor('startsOn')}>
            <input
              type="date"
              name="startsOn"
              value={startsOn}
              onChange={(e) => setStartsOn(e.target.value)}
            />
          </Field>
          <Field label={t('campaigns.endsOn')} errors={action.errorsFor('endsOn')}>
            <input type="date" name="endsOn" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
          </Field>
        </div>
        <label className="campaign-check">
          <input
            className="checkbox"
            type="checkbox"
            checked={replanPhases}
            onChange={(e) => setReplanPhases(e.target.checked)}
          />
          {t('campaigns.schedule.replan')}
        </label>
        <ErrorAlert error={action.error} />
        <button type="submit" className="button button-primary" disabled={action.busy}>
          {action.busy ? t('common.saving') : t('common.save')}
        </button>
      </form>
    </section>
  );
}
