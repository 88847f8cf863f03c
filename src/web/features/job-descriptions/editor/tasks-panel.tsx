import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import { useDebouncedValue } from '../../../shared/use-debounced-value';
import { Button, Card, DataTable, ErrorAlert, FieldErrors } from '../../../ui';
import { type JobTask, previewWorkload, type TimeUnit, timeUnits, type WorkloadResult } from '../api';
import { ComponentSection, type PanelProps } from './component-section';

/** A figure as typed: "1,5" or "1.5"; empty or not a number stays NaN (the server names the problem). */
function figure(text: string): number {
  const value = Number(text.replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? Number.NaN : value;
}

/** A figure as the input shows it: empty for a row just added (NaN), the number otherwise. */
const shown = (value: number) => (Number.isFinite(value) ? String(value) : '');

export const newTask = (): JobTask => ({
  task: '',
  output: '',
  volume: Number.NaN,
  time: Number.NaN,
  unit: 'minute',
});

/** Complete enough to compute: the server's preview would only repeat what the row shows missing. */
function computable(tasks: JobTask[]): boolean {
  return tasks.every((t) => t.task.trim() && t.output.trim() && t.volume > 0 && t.time > 0);
}

/**
 * Task details (rincian tugas) with their outputs and workload figures, the workload computed by
 * the server under the agency's effective time as the user types, and what it does to K.
 */
export function TasksPanel(
  props: PanelProps & {
    positionId: string;
    position: { requiredHeadcount: number; headcount: number };
    settings: { effectiveMinutesPerYear: number; minutesPerDay: number };
    savedWorkload: WorkloadResult | null;
    savedTasks: JobTask[];
  },
) {
  const { t } = useTranslation();
  const _format = useFormatNumber();
  const tasks = props.content.tasks;
  const setTasks = (change: (tasks: JobTask[]) => JobTask[]) =>
    props.update((c) => ({ ...c, tasks: change(c.tasks) }));
  const setTask = (k: number, change: Partial<JobTask>) =>
    setTasks((list) => list.map((task, i) => (i === k ? { ...task, ...change } : task)));
  const key = JSON.stringify(tasks);
  const debounced = useDebouncedValue(key, 400);
  const ready = tasks.length > 0 && computable(tasks) && debounced === key;
  const preview = useApi(ready ? `workload:${props.positionId}:${debounced}` : null, () =>
    previewWorkload(props.positionId, JSON.parse(debounced) as JobTask[]),
  );
  // While typing, the last saved result stands only for the saved tasks themselves.
  const result = ready ? preview.data : key === JSON.stringify(props.savedTasks) ? props.savedWorkload : null;

  return (
    <>
      <ComponentSection
        componentKey="tasks"
        filled={props.filled('tasks')}
        hint={t('jobDescription.hints.tasks')}
      >
        <DataTable
          testId="jd-tasks"
          className="jd-tasks"
          columns={[
            { label: 'No', numeric: true, className: 'jd-col-no' },
            { label: t('jobDescription.tasks.task'), className: 'jd-col-task' },
            { label: t('jobDescription.tasks.output'), className: 'jd-col-output' },
            { label: t('jobDescription.tasks.volume'), className: 'jd-col-figure' },
            { label: t('jobDescription.tasks.time'), className: 'jd-col-figure' },
            { label: t('jobDescription.tasks.unit'), className: 'jd-col-unit' },
            { label: t('jobDescription.tasks.minutes'), numeric: true, className: 'jd-col-minutes' },
            !props.readOnly && {
              label: t('jobDescription.list.remove'),
              hidden: true,
              className: 'jd-col-remove',
            },
          ]}
          rows={tasks}
          // Task rows have no identity but their place.
          rowKey={(_task, k) => String(k)}
          renderRow={(task, k) => (
            <TaskRow
              task={task}
              k={k}
              readOnly={props.readOnly}
              minutesPerYear={result?.rows[k]?.minutesPerYear}
              errors={props.errorsFor(`tasks.${k}`)}
              onChange={(change) => setTask(k, change)}
              onRemove={() => setTasks((list) => list.filter((_, i) => i !== k))}
            />
          )}
          empty={<p className="muted small">{t('jobDescription.tasks.empty')}</p>}
        />
        {!props.readOnly && (
          <Button
            size="small"
            data-testid="jd-task-add"
            onClick={() => setTasks((list) => [...list, newTask()])}
          >
            {t('jobDescription.tasks.add')}
          </Button>
        )}
      </ComponentSection>
      <WorkloadBox
        result={result}
        loading={ready && preview.loading}
        error={ready ? preview.error : null}
        pending={tasks.length > 0 && !computable(tasks)}
        settings={props.settings}
        position={props.position}
      />
    </>
  );
}

function WorkloadBox({
  result,
  loading,
  error,
  pending,
  settings,
  position,
}: {
  result: WorkloadResult | null;
  loading: boolean;
  error: unknown;
  pending: boolean;
  settings: { effectiveMinutesPerYear: number; minutesPerDay: number };
  position: { requiredHeadcount: number; headcount: number };
}) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const need = (value: number) =>
    value.toLocaleString(t('jobDescription.locale'), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <Card
      title={t('jobDescription.workload.title')}
      titleId="jd-workload-title"
      titleLevel={3}
      className="jd-workload"
      data-testid="jd-workload"
    >
      <dl className="jd-workload-figures">
        <div>
          <dt>{t('jobDescription.workload.total')}</dt>
          <dd data-testid="jd-workload-minutes">
            {result
              ? t('jobDescription.workload.minutes', { minutes: format(result.totalMinutes) })
              : t('common.none')}
          </dd>
        </div>
        <div>
          <dt>{t('jobDescription.workload.effective')}</dt>
          <dd>
            {t('jobDescription.workload.effectiveValue', {
              perYear: format(settings.effectiveMinutesPerYear),
              perDay: format(settings.minutesPerDay),
            })}
          </dd>
        </div>
        <div className="jd-workload-need">
          <dt>{t('jobDescription.workload.need')}</dt>
          <dd
            data-testid="jd-workload-need"
            data-need={result?.need ?? ''}
            data-people={result?.requiredHeadcount ?? ''}
          >
            {result
              ? t('jobDescription.workload.needValue', {
                  need: need(result.need),
                  count: result.requiredHeadcount,
                })
              : t('common.none')}
          </dd>
        </div>
      </dl>
      {loading && (
        <p className="loading small" role="status">
          {t('jobDescription.workload.computing')}
        </p>
      )}
      {pending && <p className="muted small">{t('jobDescription.workload.pending')}</p>}
      <ErrorAlert error={error} />
      <p className="muted small">{t('jobDescription.workload.rule')}</p>
      <p className="small" data-testid="jd-workload-feeds">
        {t('jobDescription.workload.feeds', {
          required: position.requiredHeadcount,
          headcount: position.headcount,
        })}
      </p>
    </Card>
  );
}

/** One task: what is done, its output, how many a year and how long each takes; minutes a year. */
function TaskRow({
  task,
  k,
  readOnly,
  minutesPerYear,
  errors,
  onChange,
  onRemove,
}: {
  task: JobTask;
  /** Place in the list, from 0. */
  k: number;
  readOnly: boolean;
  minutesPerYear: number | undefined;
  errors: string[];
  onChange: (change: Partial<JobTask>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  return (
    <tr data-testid="jd-task-row">
      <td className="num">{k + 1}</td>
      {readOnly ? (
        <>
          <td>{task.task}</td>
          <td>{task.output}</td>
          <td className="num">{format(task.volume)}</td>
          <td className="num">{format(task.time)}</td>
          <td>{t(`jobDescription.tasks.units.${task.unit}`)}</td>
        </>
      ) : (
        <>
          <td>
            <textarea
              rows={3}
              value={task.task}
              aria-label={`${t('jobDescription.tasks.task')} ${k + 1}`}
              data-field="task"
              onChange={(event) => onChange({ task: event.target.value })}
            />
          </td>
          <td>
            <textarea
              rows={3}
              value={task.output}
              aria-label={`${t('jobDescription.tasks.output')} ${k + 1}`}
              data-field="output"
              onChange={(event) => onChange({ output: event.target.value })}
            />
          </td>
          <td>
            <FigureInput
              value={task.volume}
              label={`${t('jobDescription.tasks.volume')} ${k + 1}`}
              field="volume"
              onChange={(volume) => onChange({ volume })}
            />
          </td>
          <td>
            <FigureInput
              value={task.time}
              label={`${t('jobDescription.tasks.time')} ${k + 1}`}
              field="time"
              onChange={(time) => onChange({ time })}
            />
          </td>
          <td>
            <select
              value={task.unit}
              aria-label={`${t('jobDescription.tasks.unit')} ${k + 1}`}
              data-field="unit"
              onChange={(event) => onChange({ unit: event.target.value as TimeUnit })}
            >
              {timeUnits.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`jobDescription.tasks.units.${unit}`)}
                </option>
              ))}
            </select>
          </td>
        </>
      )}
      <td className="num" data-testid="jd-task-minutes">
        {minutesPerYear === undefined ? t('common.none') : format(minutesPerYear)}
      </td>
      {!readOnly && (
        <td>
          <Button
            variant="link"
            className="jd-remove"
            aria-label={t('jobDescription.tasks.remove', { number: k + 1 })}
            onClick={() => onRemove}
          >
            ×
          </Button>
          <FieldErrors errors={errors} />
        </td>
      )}
    </tr>
  );
}

/** A task's volume or time: a decimal typed with a comma or a point; empty until typed. */
function FigureInput({
  value,
  label,
  field,
  onChange,
}: {
  value: number;
  label: string;
  field: 'volume' | 'time';
  onChange: (value: number) => void;
}) {
  return (
    <input
      type="number"
      min={0}
      step="any"
      inputMode="decimal"
      value={shown(value)}
      aria-label={label}
      data-field={field}
      onChange={(event) => onChange(figure(event.target.value))}
    />
  );
}
