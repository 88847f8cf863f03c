import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addSopStep,
  type CampaignDetail,
  deleteSopStep,
  type SopActorRole,
  type SopStepView,
  signOffSopStep,
  sopActorRoles,
  updateSopStep,
} from '../../api-campaigns';
import { ErrorAlert } from '../error-alert';
import { Field } from '../field';
import { useFormatDate } from '../use-format-date';
import { useCampaignAction } from './use-campaign-action';

/** The SOP of seed 003 as this campaign's steps, each signed off once by its actor or the admin. */
export function SopSection({ detail, onChanged }: { detail: CampaignDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const manage = detail.permissions.manage;
  const signed = detail.sopSteps.filter((step) => step.signedOffBy).length;
  return (
    <>
      <section className="card" aria-labelledby="sop-title">
        <h2 id="sop-title">{t('campaigns.sop.title')}</h2>
        <p className="muted small">{t('campaigns.sop.intro')}</p>
        <p data-testid="sop-summary">
          {t('campaigns.sop.summary', { signed, total: detail.sopSteps.length })}
        </p>
        <ol className="sop-steps">
          {detail.sopSteps.map((step) => (
            <SopStep
              key={step.id}
              campaignId={detail.campaign.id}
              step={step}
              manage={manage}
              onChanged={onChanged}
            />
          ))}
        </ol>
      </section>
      {manage && <StepForm campaignId={detail.campaign.id} onChanged={onChanged} />}
    </>
  );
}

function SopStep({
  campaignId,
  step,
  manage,
  onChanged,
}: {
  campaignId: string;
  step: SopStepView;
  manage: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const action = useCampaignAction(onChanged);
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState(false);
  const signed = step.signedOffBy !== null;

  return (
    <li className={`sop-step${signed ? ' is-signed' : ''}`} data-testid="sop-step" data-signed={signed}>
      <div className="sop-step-number" aria-hidden="true">
        {step.sortOrder}
      </div>
      <div className="sop-step-body">
        {editing ? (
          <StepForm
            campaignId={campaignId}
            step={step}
            onChanged={() => {
              setEditing(false);
              onChanged();
            }}
          />
        ) : (
          <>
            <p className="sop-step-text">{step.step}</p>
            <dl className="sop-step-meta">
              <div>
                <dt>{t('campaigns.sop.actorRole')}</dt>
                <dd>{t(`campaigns.sopActorRoles.${step.actorRole}`)}</dd>
              </div>
              {step.inputs && (
                <div>
                  <dt>{t('campaigns.sop.inputs')}</dt>
                  <dd>{step.inputs}</dd>
                </div>
              )}
              {step.duration && (
                <div>
                  <dt>{t('campaigns.sop.duration')}</dt>
                  <dd>{step.duration}</dd>
                </div>
              )}
              {step.output && (
                <div>
                  <dt>{t('campaigns.sop.output')}</dt>
                  <dd>{step.output}</dd>
                </div>
              )}
            </dl>
          </>
        )}
        {signed ? (
          <p className="sop-signed" data-testid="sop-signed">
            <span className="badge badge-success">{t('campaigns.sop.signed')}</span>{' '}
            {t('campaigns.sop.signedBy', {
              name: step.signedOffByName ?? '—',
              at: formatDate(step.signedOffAt),
            })}
            {step.signOffNote && <span className="sop-note"> — “{step.signOffNote}”</span>}
          </p>
        ) : (
          <div className="sop-actions">
            {step.canSignOff && (
              <form
                className="campaign-inline-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void action.run(() => signOffSopStep(campaignId, step.id, note));
                }}
              >
                <Field label={t('campaigns.sop.note')} optional>
                  <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
                </Field>
                <button
                  type="submit"
                  className="button button-primary button-small"
                  disabled={action.busy}
                  data-testid="sop-sign-off"
                >
                  {t('campaigns.sop.signOff')}
                </button>
              </form>
            )}
            {manage && !editing && (
              <span className="sop-manage">
                <button type="button" className="link-button" onClick={() => setEditing(true)}>
                  {t('campaigns.sop.edit')}
                </button>
                <button
                  type="button"
                  className="link-button"
                  disabled={action.busy}
                  onClick={() => void action.run(() => deleteSopStep(campaignId, step.id))}
                >
                  {t('campaigns.sop.delete')}
                </button>
              </span>
            )}
          </div>
        )}
        <ErrorAlert error={action.error} />
      </div>
    </li>
  );
}

/** Adds a step, or edits `step` when given. */
function StepForm({
  campaignId,
  step,
  onChanged,
}: {
  campaignId: string;
  step?: SopStepView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useCampaignAction(onChanged);
  const [text, setText] = useState(step?.step ?? '');
  const [actorRole, setActorRole] = useState<SopActorRole>(step?.actorRole ?? 'coordinator');
  const [inputs, setInputs] = useState(step?.inputs ?? '');
  const [duration, setDuration] = useState(step?.duration ?? '');
  const [output, setOutput] = useState(step?.output ?? '');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      step: text.trim(),
      actorRole,
      inputs: inputs.trim(),
      duration: duration.trim(),
      output: output.trim(),
    };
    const ok = await action.run(() =>
      step ? updateSopStep(campaignId, step.id, body) : addSopStep(campaignId, body),
    );
    if (ok && !step) {
      setText('');
      setInputs('');
      setDuration('');
      setOutput('');
    }
  }

  const form = (
    <form className="form" onSubmit={(e) => void onSubmit(e)} data-testid="sop-step-form" noValidate>
      <Field label={t('campaigns.sop.step')} errors={action.errorsFor('step')}>
        <textarea name="step" rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <div className="form-grid">
        <Field label={t('campaigns.sop.actorRole')}>
          <select
            name="actorRole"
            value={actorRole}
            onChange={(e) => setActorRole(sopActorRoles.find((r) => r === e.target.value) ?? 'coordinator')}
          >
            {sopActorRoles.map((role) => (
              <option key={role} value={role}>
                {t(`campaigns.sopActorRoles.${role}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('campaigns.sop.duration')} optional>
          <input name="duration" value={duration} onChange={(e) => setDuration(e.target.value)} />
        </Field>
        <Field label={t('campaigns.sop.output')} optional>
          <input name="output" value={output} onChange={(e) => setOutput(e.target.value)} />
        </Field>
      </div>
      <Field label={t('campaigns.sop.inputs')} optional>
        <input name="inputs" value={inputs} onChange={(e) => setInputs(e.target.value)} />
      </Field>
      <ErrorAlert error={action.error} />
      <button type="submit" className="button button-primary" disabled={action.busy || !text.trim()}>
        {step ? t('common.save') : t('campaigns.sop.add')}
      </button>
    </form>
  );
  if (step) return form;
  return (
    <section className="card form-card" aria-labelledby="add-step-title">
      <h3 id="add-step-title">{t('campaigns.sop.addTitle')}</h3>
      {form}
    </section>
  );
}
