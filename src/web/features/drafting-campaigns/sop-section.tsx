import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../shared/format';
import { useAction } from '../../shared/use-action';
import { Badge, Button, Card, ErrorAlert, Field } from '../../ui';
import {
  addSopStep,
  type DraftingCampaignDetail,
  deleteSopStep,
  type SopActorRole,
  type SopStepView,
  signOffSopStep,
  sopActorRoles,
  updateSopStep,
} from './api';

/** The SOP of seed 003 as this drafting campaign's steps, each signed off once by its actor or the admin. */
export function SopSection({ detail, onChanged }: { detail: DraftingCampaignDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const manage = detail.permissions.manage;
  const signed = detail.sopSteps.filter((step) => step.signedOffBy).length;
  return (
    <>
      <Card title={t('draftingCampaigns.sop.title')} titleId="sop-title">
        <p className="muted small">{t('draftingCampaigns.sop.intro')}</p>
        <p data-testid="sop-summary">
          {t('draftingCampaigns.sop.summary', { signed, total: detail.sopSteps.length })}
        </p>
        <ol className="sop-steps">
          {detail.sopSteps.map((step) => (
            <SopStep
              key={step.id}
              draftingCampaignId={detail.draftingCampaign.id}
              step={step}
              manage={manage}
              onChanged={onChanged}
            />
          ))}
        </ol>
      </Card>
      {manage && <StepForm draftingCampaignId={detail.draftingCampaign.id} onChanged={onChanged} />}
    </>
  );
}

function SopStep({
  draftingCampaignId,
  step,
  manage,
  onChanged,
}: {
  draftingCampaignId: string;
  step: SopStepView;
  manage: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const action = useAction(onChanged);
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
            draftingCampaignId={draftingCampaignId}
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
                <dt>{t('draftingCampaigns.sop.actorRole')}</dt>
                <dd>{t(`draftingCampaigns.sopActorRoles.${step.actorRole}`)}</dd>
              </div>
              {step.inputs && (
                <div>
                  <dt>{t('draftingCampaigns.sop.inputs')}</dt>
                  <dd>{step.inputs}</dd>
                </div>
              )}
              {step.duration && (
                <div>
                  <dt>{t('draftingCampaigns.sop.duration')}</dt>
                  <dd>{step.duration}</dd>
                </div>
              )}
              {step.output && (
                <div>
                  <dt>{t('draftingCampaigns.sop.output')}</dt>
                  <dd>{step.output}</dd>
                </div>
              )}
            </dl>
          </>
        )}
        {signed ? (
          <p className="sop-signed" data-testid="sop-signed">
            <Badge tone="success">{t('draftingCampaigns.sop.signed')}</Badge>{' '}
            {t('draftingCampaigns.sop.signedBy', {
              name: step.signedOffByName ?? '—',
              at: formatDate(step.signedOffAt),
            })}
            {step.signOffNote && <span className="sop-note"> — “{step.signOffNote}”</span>}
          </p>
        ) : (
          <div className="sop-actions">
            {step.canSignOff && (
              <form
                className="drafting-campaign-inline-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void action.run(() => signOffSopStep(draftingCampaignId, step.id, note));
                }}
              >
                <Field label={t('draftingCampaigns.sop.note')} optional>
                  <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
                </Field>
                <Button
                  variant="primary"
                  size="small"
                  type="submit"
                  disabled={action.busy}
                  data-testid="sop-sign-off"
                >
                  {t('draftingCampaigns.sop.signOff')}
                </Button>
              </form>
            )}
            {manage && !editing && (
              <span className="sop-manage">
                <Button variant="link" onClick={() => setEditing(true)}>
                  {t('draftingCampaigns.sop.edit')}
                </Button>
                <Button
                  variant="link"
                  disabled={action.busy}
                  onClick={() => void action.run(() => deleteSopStep(draftingCampaignId, step.id))}
                >
                  {t('draftingCampaigns.sop.delete')}
                </Button>
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
  draftingCampaignId,
  step,
  onChanged,
}: {
  draftingCampaignId: string;
  step?: SopStepView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction(onChanged);
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
      step ? updateSopStep(draftingCampaignId, step.id, body) : addSopStep(draftingCampaignId, body),
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
      <Field label={t('draftingCampaigns.sop.step')} errors={action.errorsFor('step')}>
        <textarea name="step" rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <div className="form-grid">
        <Field label={t('draftingCampaigns.sop.actorRole')}>
          <select
            name="actorRole"
            value={actorRole}
            onChange={(e) => setActorRole(sopActorRoles.find((r) => r === e.target.value) ?? 'coordinator')}
          >
            {sopActorRoles.map((role) => (
              <option key={role} value={role}>
                {t(`draftingCampaigns.sopActorRoles.${role}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('draftingCampaigns.sop.duration')} optional>
          <input name="duration" value={duration} onChange={(e) => setDuration(e.target.value)} />
        </Field>
        <Field label={t('draftingCampaigns.sop.output')} optional>
          <input name="output" value={output} onChange={(e) => setOutput(e.target.value)} />
        </Field>
      </div>
      <Field label={t('draftingCampaigns.sop.inputs')} optional>
        <input name="inputs" value={inputs} onChange={(e) => setInputs(e.target.value)} />
      </Field>
      <ErrorAlert error={action.error} />
      <Button variant="primary" type="submit" disabled={action.busy || !text.trim()}>
        {step ? t('common.save') : t('draftingCampaigns.sop.add')}
      </Button>
    </form>
  );
  if (step) return form;
  return (
    <Card title={t('draftingCampaigns.sop.addTitle')} titleId="add-step-title" titleLevel={3} edge="accent">
      {form}
    </Card>
  );
}
