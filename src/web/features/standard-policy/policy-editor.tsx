import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobLevel } from '../../shared/api/reference';
import { ApiError } from '../../shared/api/request';
import { Button, Card } from '../../ui';
import { type StandardPolicySetting, saveStandardPolicy } from './api';
import { PolicyBaseCard } from './policy-base-card';
import { buildOverride, draftFromSetting, type PolicyDraft } from './policy-draft';
import { PolicyIssues } from './policy-issues';
import { PolicyLevelsCard } from './policy-levels-card';
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
      <PolicyBaseCard setting={setting} draft={draft} canEdit={canEdit} editable={editable} update={update} />
      <PolicyLevelsCard
        setting={setting}
        draft={draft}
        jobLevels={jobLevels}
        canEdit={canEdit}
        editable={editable}
        issues={issues}
        update={update}
      />
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
