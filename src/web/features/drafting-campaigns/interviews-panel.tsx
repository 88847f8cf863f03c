import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../shared/format';
import { useAction } from '../../shared/use-action';
import { useApi } from '../../shared/use-api';
import { Badge, Button, Card, ErrorAlert, Field, LoadState, useConfirm } from '../../ui';
import {
  type DraftingCampaignPositionView,
  deleteInterview,
  type IntervieweeRole,
  type InterviewView,
  intervieweeRoles,
  listInterviews,
  recordInterview,
  updateInterview,
} from './api';

/**
 * Interview notes of one position (holder, superior, policy maker) and the form to add one; who may
 * record a note may also correct (the same form, filled in) or delete one.
 */
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
  const [editing, setEditing] = useState<string | null>(null);
  const confirmation = useConfirm();
  const removal = useAction(() => {
    interviews.reload();
    onChanged();
  });
  const afterEdit = () => {
    setEditing(null);
    interviews.reload();
    onChanged();
  };
  return (
    <Card
      title={t('draftingCampaigns.interviews.title', { name: position.name })}
      titleId="interviews-title"
      data-testid="interviews-panel"
      actions={
        <Button variant="ghost" size="small" onClick={onClose}>
          {t('draftingCampaigns.interviews.close')}
        </Button>
      }
    >
      {confirmation.dialog}
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
              <li key={item.id} data-testid="interview" data-interview-id={item.id}>
                {editing === item.id ? (
                  <InterviewForm
                    draftingCampaignId={draftingCampaignId}
                    positionId={position.positionId}
                    existing={item}
                    onChanged={afterEdit}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <>
                    <p className="drafting-campaign-interview-head">
                      <Badge tone="info">
                        {t(`draftingCampaigns.intervieweeRoles.${item.intervieweeRole}`)}
                      </Badge>{' '}
                      <strong>{item.intervieweeName}</strong> · {formatDay(item.heldOn)}
                      <span className="muted small">
                        {' '}
                        {t('draftingCampaigns.interviews.recordedBy', { name: item.recordedByName ?? '—' })}
                      </span>
                    </p>
                    <p className="drafting-campaign-interview-notes" data-testid="interview-notes">
                      {item.notes}
                    </p>
                    {position.canRecordInterview && (
                      <div className="toolbar">
                        <Button
                          variant="ghost"
                          size="small"
                          data-testid="interview-edit"
                          onClick={() => setEditing(item.id)}
                        >
                          {t('draftingCampaigns.interviews.edit')}
                        </Button>
                        <Button
                          variant="danger"
                          size="small"
                          data-testid="interview-delete"
                          disabled={removal.busy}
                          onClick={async () => {
                            const question = t('draftingCampaigns.interviews.confirmDelete', {
                              name: item.intervieweeName,
                              date: formatDay(item.heldOn),
                            });
                            if (
                              await confirmation.confirm(question, t('draftingCampaigns.interviews.delete'))
                            ) {
                              await removal.run(() => deleteInterview(draftingCampaignId, item.id));
                            }
                          }}
                        >
                          {t('draftingCampaigns.interviews.delete')}
                        </Button>
                      </div>
                    )}
                  </>
                )}
              </li>
            ))}
          </ol>
        ))}
      <ErrorAlert error={removal.error} />
      {position.canRecordInterview && editing === null && (
        <InterviewForm
          draftingCampaignId={draftingCampaignId}
          positionId={position.positionId}
          onChanged={onChanged}
        />
      )}
    </Card>
  );
}

/** Records a new note, or corrects `existing` (then Batal returns to the list). */
function InterviewForm({
  draftingCampaignId,
  positionId,
  existing,
  onChanged,
  onCancel,
}: {
  draftingCampaignId: string;
  positionId: string;
  existing?: InterviewView;
  onChanged: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction(onChanged);
  const [role, setRole] = useState<IntervieweeRole>(existing?.intervieweeRole ?? 'holder');
  const [name, setName] = useState(existing?.intervieweeName ?? '');
  const [heldOn, setHeldOn] = useState(existing?.heldOn ?? '');
  const [notes, setNotes] = useState(existing?.notes ?? '');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = { intervieweeRole: role, intervieweeName: name.trim(), heldOn, notes: notes.trim() };
    const ok = await action.run(() =>
      existing
        ? updateInterview(draftingCampaignId, existing.id, fields)
        : recordInterview(draftingCampaignId, { positionId, ...fields }),
    );
    if (ok && !existing) {
      setName('');
      setNotes('');
    }
  }

  return (
    <form
      className="form"
      onSubmit={(e) => void onSubmit(e)}
      data-testid={existing ? 'interview-edit-form' : 'interview-form'}
      noValidate
    >
      <h3>{t(existing ? 'draftingCampaigns.interviews.correct' : 'draftingCampaigns.interviews.record')}</h3>
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
      <div className="toolbar">
        <Button variant="primary" type="submit" disabled={action.busy}>
          {action.busy
            ? t('common.saving')
            : t(existing ? 'draftingCampaigns.interviews.saveChanges' : 'draftingCampaigns.interviews.save')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('draftingCampaigns.interviews.cancel')}</Button>}
      </div>
    </form>
  );
}
