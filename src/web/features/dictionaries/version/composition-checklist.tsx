import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../../shared/format';
import { Card, ErrorAlert } from '../../../ui';
import { type ChecklistStep, type CompositionStep, tickChecklistStep } from '../api';

interface Props {
  versionId: string;
  steps: ChecklistStep[];
  canEdit: boolean;
  onChanged: () => void;
}

const serverTicked = (step: ChecklistStep) => step.tickedBy !== null || step.tickedAt !== null;

/** The nine composition steps of a technical dictionary, with who ticked each and when. */
export function CompositionChecklist({ versionId, steps, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [pending, setPending] = useState<CompositionStep | null>(null);
  const [error, setError] = useState<unknown>(null);
  // The box follows the click at once; the server's answer (a reload) replaces the guess. A reload
  // answering an earlier click keeps the guesses it does not confirm yet (quick clicks in a row).
  const [optimistic, setOptimistic] = useState<Partial<Record<CompositionStep, boolean>>>({});
  useEffect(() => {
    setOptimistic((current) => {
      const kept = Object.entries(current).filter(
        ([key, value]) =>
          value !== undefined && steps.find((s) => s.key === key && serverTicked(s) !== value),
      );
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }, [steps]);
  const isTicked = (step: ChecklistStep) => optimistic[step.key] ?? serverTicked(step);
  const done = steps.filter(isTicked).length;

  async function toggle(step: CompositionStep, ticked: boolean) {
    setPending(step);
    setError(null);
    setOptimistic((current) => ({ ...current, [step]: ticked }));
    try {
      await tickChecklistStep(versionId, step, ticked);
      onChanged();
    } catch (err) {
      setOptimistic((current) => ({ ...current, [step]: undefined }));
      setError(err);
    } finally {
      setPending(null);
    }
  }

  return (
    <Card title={t('technical.checklist.title')} titleId="checklist-title">
      <p className="muted small">{t('technical.checklist.progress', { done, total: steps.length })}</p>
      <ol className="checklist">
        {steps.map((step) => {
          const ticked = isTicked(step);
          return (
            <li key={step.key} className="checklist-item" data-testid="checklist-step" data-step={step.key}>
              <label className="checklist-label">
                <input
                  type="checkbox"
                  className="checkbox"
                  checked={ticked}
                  disabled={!canEdit || pending !== null}
                  onChange={(event) => void toggle(step.key, event.target.checked)}
                />
                <span>{t(`technical.steps.${step.key}`, { defaultValue: step.name })}</span>
              </label>
              {ticked && step.tickedAt && (
                <span className="checklist-meta muted small">
                  {t('technical.checklist.tickedBy', {
                    name: step.tickedBy ?? t('common.none'),
                    date: formatDate(step.tickedAt),
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <ErrorAlert error={error} />
    </Card>
  );
}
