import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobLevel } from '../../shared/api/reference';
import { ApiError } from '../../shared/api/request';
import { Alert, Button, Card, DataTable, Field } from '../../ui';
import { type StandardPolicySetting, saveStandardPolicy } from './api';
import { buildOverride, draftFromSetting, isOverridden, type PolicyDraft, rowMessages } from './policy-draft';
import { PolicyIssues } from './policy-issues';
import { PolicyLevelRow } from './policy-level-row';
import { PolicyMandatoryList } from './policy-mandatory-list';

/** The agency's standard policy: base, RCL pattern and weights per job level, counts, mandatory competencies. */
export function PolicyEditor({
  agencyId,
  setting,
  jobLevels,
  canEdit,
  onSaveStart,
  onSaved,
}: {
  agencyId: string;
  setting: StandardPolicySetting;
  jobLevels: JobLevel[];
  canEdit: boolean;
  onSaveStart: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PolicyDraft>(() => draftFromSetting(setting));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const issues = error instanceof ApiError ? error.issues : [];
  const editable = canEdit && !draft.resetAll;
  const jobLevelName = (code: string) => jobLevels.find((level) => level.code === code)?.name ?? code;
  const baseChanged = draft.baseName !== setting.baseName;
  const update = (change: Partial<PolicyDraft>) => setDraft((current) => ({ ...current, ...change }));

  async function save() {
    setBusy(true);
    setError(null);
    onSaveStart();
    try {
      await saveStandardPolicy(agencyId, {
        baseName: draft.baseName,
        override: buildOverride(setting, draft),
      });
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="stack"
      data-testid="policy-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Card title={t('policy.baseTitle')} titleId="policy-base-title">
        <p className="muted small">{t('policy.baseHint')}</p>
        <div className="form-grid">
          <Field label={t('policy.base')}>
            <select
              data-testid="policy-base"
              value={draft.baseName}
              disabled={!canEdit}
              onChange={(event) => update({ baseName: event.target.value })}
            >
              {setting.available.map((policy) => (
                <option key={policy.id} value={policy.id}>
                  {policy.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('policy.technicalMin')}>
            <NumberInput
              value={draft.technicalCount.min}
              disabled={!editable}
              onChange={(min) => update({ technicalCount: { ...draft.technicalCount, min } })}
            />
          </Field>
          <Field label={t('policy.technicalMax')}>
            <NumberInput
              value={draft.technicalCount.max}
              disabled={!editable}
              onChange={(max) => update({ technicalCount: { ...draft.technicalCount, max } })}
            />
          </Field>
        </div>
        <p className="muted small" data-testid="policy-effective-name">
          {t('policy.effectiveName', { name: setting.effective.name })}
        </p>
        {baseChanged && (
          <Alert tone="info" role="status">
            {t('policy.baseChanged')}
          </Alert>
        )}
      </Card>

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

      <Card title={t('policy.mandatory.title')} titleId="policy-mandatory-title">
        <p className="muted small">{t('policy.mandatory.hint')}</p>
        <PolicyMandatoryList
          items={draft.mandatoryTechnical}
          canEdit={editable}
          errors={(index) =>
            issues
              .filter((issue) =>
                issue.path.replace(/^override\./, '').startsWith(`mandatoryTechnical.${index}.`),
              )
              .map((issue) => issue.message)
          }
          onChange={(mandatoryTechnical) => update({ mandatoryTechnical })}
        />
      </Card>

      <PolicyIssues error={error} jobLevelName={jobLevelName} />
      {canEdit && (
        <div className="toolbar">
          <Button variant="primary" type="submit" data-testid="policy-save" disabled={busy}>
            {busy ? t('common.saving') : t('policy.save')}
          </Button>
          {Object.keys(setting.override).length > 0 && (
            <Button aria-pressed={draft.resetAll} onClick={() => update({ resetAll: !draft.resetAll })}>
              {draft.resetAll ? t('policy.undoResetAll') : t('policy.resetAll')}
            </Button>
          )}
          {draft.resetAll && <span className="muted small">{t('policy.resetAllHint')}</span>}
        </div>
      )}
    </form>
  );
}

function NumberInput({
  value,
  disabled,
  onChange,
}: {
  value: number;
  disabled: boolean;
  onChange: (value: number) => void;
}) {
  return (
    <input
      type="number"
      min={1}
      max={20}
      value={Number.isNaN(value) ? '' : value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value === '' ? Number.NaN : Number(event.target.value))}
    />
  );
}
