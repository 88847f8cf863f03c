import '../talent.css';
import '../talent-management.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormatDay } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import { Alert, Button, Card, ErrorAlert, LoadState, PageHeader, useConfirm } from '../../../ui';
import { getTask, saveTask, type TaskDetail } from '../management-api';

/** A chosen level, "cannot assess" (null), or nothing chosen yet (absent). */
type Answers = Record<string, number | null>;

function answersOf(task: TaskDetail): Answers {
  const answers: Answers = {};
  for (const item of task.items) if (item.answered) answers[item.competencyKey] = item.level;
  return answers;
}

/**
 * `/saya/360/:id`: the rater's questionnaire. Per competency the five levels in the standard's
 * words with their behaviour indicators; the rater picks the one that describes the person, or
 * "tidak dapat menilai". Saved as they go; sent once everything is answered, then read-only.
 */
export function QuestionnairePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const formatDay = useFormatDay();
  const loaded = useApi(`task:${id}`, () => getTask(id));
  const [task, setTask] = useState<TaskDetail | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const { confirm, dialog } = useConfirm();

  useEffect(() => {
    if (loaded.data) {
      setTask(loaded.data);
      setAnswers(answersOf(loaded.data));
    }
  }, [loaded.data]);

  const editable = task?.permissions.answer === true;
  const answeredCount = task ? task.items.filter((i) => i.competencyKey in answers).length : 0;

  async function save(submit: boolean) {
    if (!task) return;
    if (submit && !(await confirm(t('talent.questionnaire.submitConfirm'), t('talent.questionnaire.submit'))))
      return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const next = await saveTask(id, {
        answers: Object.entries(answers).map(([competencyKey, level]) => ({ competencyKey, level })),
        submit,
      });
      setTask(next);
      setAnswers(answersOf(next));
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('talent.breadcrumb')}>
        <Link to="/saya/360">{t('talent.questionnaire.myTitle')}</Link>
        <span aria-hidden="true"> › </span>
        <span>{task?.subject.name ?? ''}</span>
      </nav>
      <LoadState loading={loaded.loading && !task} error={loaded.error} onRetry={loaded.reload} />
      {dialog}
      {task && (
        <>
          <PageHeader
            title={
              task.subject.self
                ? t('talent.questionnaire.selfTitle')
                : t('talent.questionnaire.title', { name: task.subject.name })
            }
            titleTestId="questionnaire-title"
            subtitle={t('talent.questionnaire.subtitle', {
              relation: task.relationName,
              round: task.round.name,
              date: formatDay(task.round.closesOn),
            })}
          />
          <p className="muted small">{t('talent.questionnaire.intro')}</p>
          {task.submitted && (
            <Alert tone="success" testId="questionnaire-submitted">
              {t('talent.questionnaire.submitted')}
            </Alert>
          )}
          {task.items.map((item, index) => (
            <Card
              key={item.competencyKey}
              className="questionnaire-item"
              data-testid="questionnaire-item"
              data-code={item.code}
            >
              <fieldset className="questionnaire-fieldset">
                <legend className="questionnaire-legend">
                  {index + 1}. <code className="small">{item.code}</code> {item.name}
                </legend>
                <div className="questionnaire-levels">
                  {item.levels.map((anchor) => (
                    <label key={anchor.level} className="questionnaire-level">
                      <input
                        type="radio"
                        name={item.competencyKey}
                        value={anchor.level}
                        disabled={!editable}
                        checked={answers[item.competencyKey] === anchor.level}
                        data-testid="questionnaire-level"
                        data-level={anchor.level}
                        onChange={() => setAnswers({ ...answers, [item.competencyKey]: anchor.level })}
                      />
                      <span>
                        <strong>{t('talent.questionnaire.level', { level: anchor.level })}</strong>{' '}
                        {anchor.description}
                        {anchor.behaviourIndicators.length > 0 && (
                          <ul className="questionnaire-indicators">
                            {anchor.behaviourIndicators.map((indicator) => (
                              <li key={indicator}>{indicator}</li>
                            ))}
                          </ul>
                        )}
                      </span>
                    </label>
                  ))}
                  <label className="questionnaire-level questionnaire-level-none">
                    <input
                      type="radio"
                      name={item.competencyKey}
                      value=""
                      disabled={!editable}
                      checked={item.competencyKey in answers && answers[item.competencyKey] === null}
                      data-testid="questionnaire-cannot"
                      onChange={() => setAnswers({ ...answers, [item.competencyKey]: null })}
                    />
                    <span>{t('talent.questionnaire.cannotAssess')}</span>
                  </label>
                </div>
              </fieldset>
            </Card>
          ))}
          {editable && (
            <div className="questionnaire-actions">
              <span className="small" data-testid="questionnaire-count">
                {t('talent.questionnaire.answeredOf', { answered: answeredCount, total: task.items.length })}
              </span>
              <Button
                variant="secondary"
                disabled={busy}
                onClick={() => void save(false)}
                data-testid="questionnaire-save"
              >
                {t('talent.questionnaire.save')}
              </Button>
              <Button
                variant="primary"
                disabled={busy}
                onClick={() => void save(true)}
                data-testid="questionnaire-submit"
              >
                {t('talent.questionnaire.submit')}
              </Button>
            </div>
          )}
          {saved && !task.submitted && (
            <Alert tone="success" role="status" testId="questionnaire-saved">
              {t('talent.questionnaire.saved')}
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} />}
        </>
      )}
    </div>
  );
}
