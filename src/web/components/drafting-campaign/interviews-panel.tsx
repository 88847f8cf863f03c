import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DraftingCampaignPositionView,
  type IntervieweeRole,
  intervieweeRoles,
  listInterviews,
  recordInterview,
} from '../../api-drafting-campaigns';
import { ErrorAlert, LoadState } from '../error-alert';
import { Field } from '../field';
import { useApi } from '../use-api';
import { useDraftingCampaignAction } from './use-drafting-campaign-action';
import { useFormatDay } from './use-format-day';

/** Interview notes of one position (holder, superior, policy maker) and the form to add one. */
export function InterviewsPanel({
  draftingCampaignId,
  position,
  onClose,
  onChanged,
}: {
  draftingCampaignId: string;
  position: DraftingCampaignPositionView;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const interviews = useApi(
    `interviews:${draftingCampaignId}:${position.positionId}:${position.interviewCount}`,
    () => listInterviews(draftingCampaignId, position.positionId),
  );
  const items = interviews.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="interviews-title" data-testid="interviews-panel">
      <header className="card-header">
        <h2 id="interviews-title">{t('draftingCampaigns.interviews.title', { name: position.name })}</h2>
        <button type="button" className="button button-ghost button-small" onClick={onClose}>
          {t('draftingCampaigns.interviews.close')}
        </button>
      </header>
      <LoadState
        loading={interviews.loading && !interviews.data}
        error={interviews.error}
        onRetry={interviews.reload}
      />
      {interviews.data &&
        (items.length === 0 ? (
          <p className="muted">{t('draftingCampaigns.interviews.empty')}</p>
        ) : (
          <ol className="drafting-campaign-interviews">
            {items.map((item) => (
              <li key={item.id} data-testid="interview">
                <p className="drafting-campaign-interview-head">
                  <span className="badge badge-info">
                    {t(`draftingCampaigns.intervieweeRoles.${item.intervieweeRole}`)}
                  </span>{' '}
                  <strong>{item.intervieweeName}</strong> · {formatDay(item.heldOn)}
                  <span className="muted small">
                    {' '}
                    {t('draftingCampaigns.interviews.recordedBy', { name: item.recordedByName ?? '—' })}
                  </span>
                </p>
                <p className="drafting-campaign-interview-notes">{item.notes}</p>
              </li>
            ))}
          </ol>
        ))}
      {position.canRecordInterview && (
        <InterviewForm
          draftingCampaignId={draftingCampaignId}
          positionId={position.positionId}
          onChanged={onChanged}
        />
      )}
    </section>
  );
}

function InterviewForm({
  draftingCampaignId,
  positionId,
  onChanged,
}: {
  draftingCampaignId: string;
  positionId: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const action = useDraftingCampaignAction(onChanged);
  const [role, setRole] = useState<IntervieweeRole>('holder');
  const [name, setName] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [notes, setNotes] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await action.run(() =>
      recordInterview(draftingCampaignId, {
        positionId,
        intervieweeRole: role,
        intervieweeName: name.trim(),
        heldOn,
        notes: notes.trim(),
      }),
    );
    if (ok) {
      setName('');
      setNotes('');
    }
  }

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} data-testid="interview-form" noValidate>
      <h3>{t('draftingCampaigns.interviews.record')}</h3>
      <div className="form-grid">
        <Field label={t('draftingCampaigns.interviews.role')} errors={action.errorsFor('intervieweeRole')}>
          <select
            name="intervieweeRole"
            value={role}
            onChange={(e) => setRole(intervieweeRoles.find((r) => r === e.target.value) ?? 'holder')}
          >
            {intervieweeRoles.map((r) => (
              <option key={r} value={r}>
                {t(`draftingCampaigns.intervieweeRoles.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('draftingCampaigns.interviews.name')} errors={action.errorsFor('intervieweeName')}>
          <input name="intervieweeName" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('draftingCampaigns.interviews.heldOn')} errors={action.errorsFor('heldOn')}>
          <input name="heldOn" type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
        </Field>
      </div>
      <Field label={t('draftingCampaigns.interviews.notes')} errors={action.errorsFor('notes')}>
        <textarea name="notes" rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </Field>
      <ErrorAlert error={action.error} />
      <button type="submit" className="button button-primary" disabled={action.busy}>
        {action.busy ? t('common.saving') : t('draftingCampaigns.interviews.save')}
      </button>
    </form>
  );
}
