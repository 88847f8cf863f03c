import { useTranslation } from 'react-i18next';
import type { JobLevel } from '../../shared/api/reference';
import type { ValidationIssue } from '../../shared/api/request';
import { Card, DataTable } from '../../ui';
import type { StandardPolicySetting } from './api';
import { isOverridden, type PolicyDraft, rowMessages } from './policy-draft';
import { PolicyLevelRow } from './policy-level-row';

/**
 * Per job level: the allowed required levels of technical competencies and the dominant one (the
 * RCL pattern), and the weights of the three competency kinds; each row may go back to the base.
 */
export function PolicyLevelsCard({
  setting,
  draft,
  jobLevels,
  canEdit,
  editable,
  issues,
  update,
}: {
  setting: StandardPolicySetting;
  draft: PolicyDraft;
  jobLevels: JobLevel[];
  canEdit: boolean;
  editable: boolean;
  issues: ValidationIssue[];
  update: (change: Partial<PolicyDraft>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card title={t('policy.levelsTitle')} titleId="policy-levels-title">
      <p className="muted small">{t('policy.levelsHint')}</p>
      <DataTable
        className="policy-table"
        head={
          <>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('policy.jobLevel')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('policy.allowed')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('policy.dominant')}
              </th>
              <th scope="colgroup" colSpan={3} className="num">
                {t('policy.weights')}
              </th>
              {canEdit && (
                <th scope="col" rowSpan={2}>
                  <span className="visually-hidden">{t('policy.actions')}</span>
                </th>
              )}
            </tr>
            <tr>
              <th scope="col" className="num">
                {t('search.kinds.socioCultural')}
              </th>
              <th scope="col" className="num">
                {t('search.kinds.managerial')}
              </th>
              <th scope="col" className="num">
                {t('search.kinds.technical')}
              </th>
            </tr>
          </>
        }
      >
        {jobLevels.map((level) => (
          <PolicyLevelRow
            key={level.code}
            code={level.code}
            name={level.name}
            rule={draft.levelDistributionRules[level.code]}
            weights={draft.competencyWeights[level.code]}
            overridden={isOverridden(setting, level.code)}
            resetPending={
              draft.resetAll ? isOverridden(setting, level.code) : draft.reset.includes(level.code)
            }
            canEdit={editable}
            actions={canEdit}
            errors={rowMessages(issues, level.code)}
            onRule={(rule) =>
              update({
                levelDistributionRules: { ...draft.levelDistributionRules, [level.code]: rule },
              })
            }
            onWeights={(weights) =>
              update({ competencyWeights: { ...draft.competencyWeights, [level.code]: weights } })
            }
            onToggleReset={
              draft.resetAll
                ? undefined
                : () =>
                    update({
                      reset: draft.reset.includes(level.code)
                        ? draft.reset.filter((code) => code !== level.code)
                        : [...draft.reset, level.code],
                    })
            }
          />
        ))}
      </DataTable>
    </Card>
  );
}
