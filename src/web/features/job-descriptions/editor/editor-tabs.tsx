import { useTranslation } from 'react-i18next';
import { Tab, TabList } from '../../../ui';
import type { ComponentGroup } from '../api';
import type { GroupCompletion } from './completion';

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

/** A tab per component group, each with "filled/total" (read out in words), and the history. */
export function EditorTabs({
  tab,
  groups,
  onTab,
}: {
  tab: EditorTab;
  groups: GroupCompletion[];
  onTab: (tab: EditorTab) => void;
}) {
  const { t } = useTranslation();
  return (
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
  );
}
