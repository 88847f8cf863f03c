import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/request';
import { Alert, Badge, Button, ButtonAnchor, Card, ErrorAlert, Tab, TabList } from '../../../ui';
import {
  type ComponentGroup,
  type ComponentKey,
  isComponentFilled,
  type JobDescription,
  type JobDescriptionDetail,
  jobDescriptionFileUrl,
  type RequirementKey,
  ratifyJobDescription,
  saveJobDescription,
} from '../api';
import type { PanelProps } from './component-section';
import { HistoryPanel } from './history-panel';
import { ConditionsPanel, IdentityPanel, RelationsPanel, RequirementsPanel, ResourcesPanel } from './panels';
import { TaskImport } from './task-import';
import { TasksPanel } from './tasks-panel';

export type EditorTab = ComponentGroup | 'history';
export const editorTabs: readonly EditorTab[] = [
  'identity',
  'tasks',
  'resources',
  'relations',
  'conditions',
  'requirements',
  'history',
];

export type EditorNotice =
  | { kind: 'saved'; version: number; requiredHeadcount: number }
  | { kind: 'ratified'; version: number }
  | { kind: 'imported'; version: number; tasks: number };

/** Figures the user left empty travel as 0, so the server names the problem ("harus lebih dari nol"). */
function forSaving(content: JobDescription): JobDescription {
  return {
    ...content,
    tasks: content.tasks.map((task) => ({
      ...task,
      volume: Number.isFinite(task.volume) ? task.volume : 0,
      time: Number.isFinite(task.time) ? task.time : 0,
    })),
  };
}

/**
 * The tabbed editor of one position's job description: a tab per component group with its
 * completion, the overall progress, save (a new version), ratify, documents and the task import.
 */
export function JobDescriptionEditor({
  detail,
  tab,
  onTab,
  onChanged,
}: {
  detail: JobDescriptionDetail;
  tab: EditorTab;
  onTab: (tab: EditorTab) => void;
  onChanged: (notice: EditorNotice) => void;
}) {
  const { t } = useTranslation();
  const [content, setContent] = useState<JobDescription>(detail.content);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const positionId = detail.position.id;
  const saved = detail.jobDescription;
  const revision = saved?.revision ?? 0;
  const readOnly = !detail.permissions.canEdit;
  const applies = new Set<ComponentKey>(
    detail.completion.groups.flatMap((g) => g.components.map((c) => c.key)),
  );
  const filled = (key: ComponentKey) => isComponentFilled(content, key);
  const groups = detail.completion.groups.map((g) => ({
    group: g.group,
    total: g.total,
    filled: g.components.filter((c) => filled(c.key)).length,
  }));
  const total = groups.reduce((n, g) => n + g.total, 0);
  const done = groups.reduce((n, g) => n + g.filled, 0);
  const percent = total === 0 ? 0 : Math.floor((100 * done) / total);
  const issues = error instanceof ApiError ? error.issues : [];
  const props: PanelProps = {
    content,
    readOnly,
    update: (change) => {
      setContent(change);
      setDirty(true);
    },
    filled,
    applies: (key) => applies.has(key),
    errorsFor: (path) =>
      issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`)).map((i) => i.message),
  };

  async function run(action: () => Promise<EditorNotice>) {
    setBusy(true);
    setError(null);
    try {
      onChanged(await action());
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }
  const save = () =>
    run(async () => {
      const result = await saveJobDescription(positionId, { revision, content: forSaving(content) });
      return { kind: 'saved', version: result.version, requiredHeadcount: result.requiredHeadcount };
    });
  const ratify = () =>
    run(async () => {
      const result = await ratifyJobDescription(positionId, revision);
      return { kind: 'ratified', version: result.version };
    });
  const stale = error instanceof ApiError && error.code === 'JOB_DESCRIPTION_STALE';

  return (
    <>
      <Card className="jd-progress" aria-labelledby="jd-progress-title">
        <div className="jd-progress-head">
          <h2 id="jd-progress-title">{t('jobDescription.progress.label')}</h2>
          <span data-testid="jd-progress" data-filled={done} data-total={total}>
            {t('jobDescription.progress.value', { filled: done, total, percent })}
          </span>
        </div>
        <progress className="jd-progress-bar" max={total} value={done} aria-labelledby="jd-progress-title" />
        <div className="toolbar jd-toolbar" role="toolbar" aria-label={t('jobDescription.toolbar.label')}>
          {!readOnly && (
            <Button variant="primary" data-testid="jd-save" disabled={busy} onClick={() => void save()}>
              {busy ? t('common.saving') : t('jobDescription.toolbar.save')}
            </Button>
          )}
          {detail.permissions.canRatify && saved?.status === 'draft' && (
            <Button
              data-testid="jd-ratify"
              disabled={busy || dirty}
              title={dirty ? t('jobDescription.toolbar.saveFirst') : undefined}
              onClick={() => void ratify()}
            >
              {t('jobDescription.toolbar.ratify')}
            </Button>
          )}
          {saved && (
            <>
              <ButtonAnchor size="small" href={jobDescriptionFileUrl(positionId, 'docx')} download>
                {t('jobDescription.toolbar.docx')}
              </ButtonAnchor>
              <ButtonAnchor size="small" href={jobDescriptionFileUrl(positionId, 'pdf')} download>
                {t('jobDescription.toolbar.pdf')}
              </ButtonAnchor>
            </>
          )}
          {dirty && (
            <Badge tone="warning" data-testid="jd-dirty" role="status">
              {t('jobDescription.toolbar.dirty')}
            </Badge>
          )}
        </div>
        {readOnly && (
          <Alert tone="info" className="small">
            {t('jobDescription.toolbar.readOnly')}
          </Alert>
        )}
        <ErrorAlert error={error} />
        {stale && (
          <Button size="small" onClick={() => window.location.reload()}>
            {t('jobDescription.toolbar.reload')}
          </Button>
        )}
      </Card>
      <TabList label={t('jobDescription.tabs.label')} className="jd-tabs">
        {editorTabs.map((name) => {
          const group = groups.find((g) => g.group === name);
          return (
            <Tab
              key={name}
              id={`jd-tab-${name}`}
              selected={tab === name}
              aria-controls="jd-panel"
              data-testid={`jd-tab-${name}`}
              onClick={() => onTab(name)}
            >
              {t(`jobDescription.tabs.${name}`)}
              {group && (
                <>
                  <span
                    className={
                      group.filled === group.total ? 'jd-tab-progress jd-tab-complete' : 'jd-tab-progress'
                    }
                    data-testid="jd-tab-progress"
                    aria-hidden="true"
                  >
                    {group.filled}/{group.total}
                  </span>
                  <span className="visually-hidden">
                    {' '}
                    ({t('jobDescription.progress.tabLabel', { filled: group.filled, total: group.total })})
                  </span>
                </>
              )}
            </Tab>
          );
        })}
      </TabList>
      <Card as="div" className="jd-panel" role="tabpanel" id="jd-panel" aria-labelledby={`jd-tab-${tab}`}>
        {tab === 'identity' && <IdentityPanel {...props} />}
        {tab === 'tasks' && (
          <>
            <TasksPanel
              {...props}
              positionId={positionId}
              position={detail.position}
              settings={detail.settings}
              savedWorkload={detail.workload}
              savedTasks={detail.content.tasks}
            />
            {!readOnly && (
              <TaskImport
                positionId={positionId}
                revision={revision}
                dirty={dirty}
                hasSaved={saved !== null}
                onImported={(result) =>
                  onChanged({ kind: 'imported', version: result.version, tasks: result.tasks })
                }
              />
            )}
          </>
        )}
        {tab === 'resources' && <ResourcesPanel {...props} />}
        {tab === 'relations' && <RelationsPanel {...props} />}
        {tab === 'conditions' && <ConditionsPanel {...props} />}
        {tab === 'requirements' && (
          <RequirementsPanel
            {...props}
            keys={detail.completion.groups
              .find((g) => g.group === 'requirements')!
              .components.map((c) => c.key.slice('requirements.'.length) as RequirementKey)}
          />
        )}
        {tab === 'history' && <HistoryPanel positionId={positionId} version={saved?.version ?? null} />}
      </Card>
    </>
  );
}
