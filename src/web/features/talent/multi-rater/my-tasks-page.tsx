import '../talent.css';
import '../talent-management.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDay } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import { Badge, Card, DataTable, LoadState, PageHeader } from '../../../ui';
import { myMultiRaterResults, myTasks } from '../management-api';
import { ResultsTable } from './results-table';

/**
 * `/saya/360`: the questionnaires the signed-in employee answers as a rater (their own
 * self-assessment among them), and their own results from closed rounds.
 */
export function MyTasksPage() {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const tasks = useApi('my-tasks', myTasks);
  const results = useApi('my-multi-rater-results', myMultiRaterResults);
  return (
    <div className="page">
      <PageHeader title={t('talent.questionnaire.myTitle')} subtitle={t('talent.questionnaire.myIntro')} />
      <LoadState loading={tasks.loading && !tasks.data} error={tasks.error} onRetry={tasks.reload} />
      {tasks.data && (
        <Card title={t('talent.questionnaire.tasks')} titleId="tasks-title" compactTitle>
          <DataTable
            testId="my-tasks"
            aria-labelledby="tasks-title"
            columns={[
              t('talent.questionnaire.subject'),
              t('talent.multiRater.relation'),
              t('talent.multiRater.closesOn'),
              t('talent.multiRater.state'),
            ]}
            rows={tasks.data.items}
            rowKey={(task) => task.id}
            renderRow={(task) => (
              <tr data-testid="my-task" data-task-id={task.id} data-submitted={task.submitted}>
                <td>
                  <Link to={`/saya/360/${task.id}`} data-testid="my-task-link">
                    {task.subject.self ? t('talent.questionnaire.yourself') : task.subject.name}
                  </Link>
                  <br />
                  <span className="muted small">
                    {task.subject.positionName} · {task.round.name}
                  </span>
                </td>
                <td>{task.relationName}</td>
                <td className="nowrap">{formatDay(task.round.closesOn)}</td>
                <td>
                  <Badge tone={task.submitted ? 'success' : 'warning'}>
                    {task.submitted ? t('talent.multiRater.sent') : t('talent.questionnaire.toDo')}
                  </Badge>
                </td>
              </tr>
            )}
            empty={t('talent.questionnaire.noTasks')}
            emptyTestId="my-tasks-empty"
          />
        </Card>
      )}
      {results.data && results.data.items.length > 0 && (
        <section className="talent-section" aria-labelledby="my-results-title">
          <h2 id="my-results-title">{t('talent.questionnaire.myResults')}</h2>
          {results.data.items.map((item) => (
            <Card
              key={item.round.id}
              title={item.round.name}
              titleId={`my-results-${item.round.id}`}
              compactTitle
            >
              <ResultsTable results={item} label={item.round.name} />
            </Card>
          ))}
        </section>
      )}
    </div>
  );
}
