import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/request';
import { Card, useConfirm } from '../../../ui';
import {
  type ComponentKey,
  isComponentFilled,
  type JobDescription,
  type JobDescriptionDetail,
  type RequirementKey,
  ratifyJobDescription,
  saveJobDescription,
} from '../api';
import { completionOf } from './completion';
import type { PanelProps } from './component-section';
import { EditorProgress } from './editor-progress';
import { type EditorTab, EditorTabs } from './editor-tabs';
import { HistoryPanel } from './history-panel';
import { ConditionsPanel, IdentityPanel, RelationsPanel, RequirementsPanel, ResourcesPanel } from './panels';
import { TaskImport } from './task-import';
import { TasksPanel } from './tasks-panel';

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
  const [content, setContent] = useState<JobDescription>(detail.content);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { t } = useTranslation();
  const confirmation = useConfirm();
  const positionId = detail.position.id;
  const saved = detail.jobDescription;
  const revision = saved?.revision ?? 0;
  const readOnly = !detail.permissions.canEdit;
  const applies = new Set<ComponentKey>(
    detail.completion.groups.flatMap((g) => g.components.map((c) => c.key)),
  );
  const completion = completionOf(detail.completion, content);
  const issues = error instanceof ApiError ? error.issues : [];
  const props: PanelProps = {
    content,
    readOnly,
    update: (change) => {
      setContent(change);
      setDirty(true);
    },
    filled: (key) => isComponentFilled(content, key),
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
  const ratify = async () => {
    if (!(await confirmation.confirm(t('jobDescription.confirmRatify'), t('jobDescription.ratify')))) return;
    await run(async () => {
      const result = await ratifyJobDescription(positionId, revision);
      return { kind: 'ratified', version: result.version };
    });
  };

  return (
    <>
      <EditorProgress
        detail={detail}
        completion={completion}
        dirty={dirty}
        busy={busy}
        error={error}
        onSave={() => void save()}
        onRatify={() => void ratify()}
      />
      {confirmation.dialog}
      <EditorTabs tab={tab} groups={completion.groups} onTab={onTab} />
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
