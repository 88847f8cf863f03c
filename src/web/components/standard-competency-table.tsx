import { useTranslation } from 'react-i18next';
import type { StandardCompetency } from '../api-standards';
import { type CompetencyKind, competencyKinds } from '../api-technical';

const levels = [1, 2, 3, 4, 5];

/** Competencies grouped A. Manajerial, B. Sosial Kultural, C. Teknis; level select when editable. */
export function StandardCompetencyTable({
  rows,
  canEdit,
  onLevel,
  onRemove,
}: {
  rows: StandardCompetency[];
  canEdit: boolean;
  onLevel: (competencyId: string, level: number) => void;
  onRemove: (competencyId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table competency-table" data-testid="competency-table">
        <thead>
          <tr>
            <th scope="col">{t('standards.competencies.name')}</th>
            <th scope="col">{t('standards.competencies.level')}</th>
            <th scope="col">{t('standards.competencies.description')}</th>
            <th scope="col">{t('standards.competencies.indicators')}</th>
          </tr>
        </thead>
        {competencyKinds.map((kind) => (
          <KindGroup
            key={kind}
            kind={kind}
            rows={rows.filter((row) => row.kind === kind)}
            canEdit={canEdit}
            onLevel={onLevel}
            onRemove={onRemove}
          />
        ))}
      </table>
    </div>
  );
}

function KindGroup({
  kind,
  rows,
  canEdit,
  onLevel,
  onRemove,
}: {
  kind: CompetencyKind;
  rows: StandardCompetency[];
  canEdit: boolean;
  onLevel: (competencyId: string, level: number) => void;
  onRemove: (competencyId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <tbody data-testid="competency-group" data-kind={kind}>
      <tr className="group-row">
        <th scope="rowgroup" colSpan={4}>
          {t(`standards.competencies.group.${kind}`)}
        </th>
      </tr>
      {rows.length === 0 && (
        <tr>
          <td colSpan={4} className="muted">
            {t('standards.competencies.empty')}
          </td>
        </tr>
      )}
      {rows.map((row) => (
        <tr key={row.competencyId} data-testid="competency-row" data-kind={row.kind} data-code={row.code}>
          <td>
            <strong>{row.name}</strong>
            <div className="muted small">
              <code>{row.code}</code>
              {row.importance && <> · {t(`standards.importance.${row.importance}`)}</>}
            </div>
            {canEdit && kind === 'technical' && (
              <button
                type="button"
                className="button button-ghost button-small"
                data-testid="remove-competency"
                onClick={() => onRemove(row.competencyId)}
              >
                {t('standards.competencies.remove')}
              </button>
            )}
          </td>
          <td>
            {canEdit ? (
              <select
                className="level-select"
                data-testid="level-select"
                aria-label={t('standards.competencies.levelOf', { name: row.name })}
                value={row.requiredLevel}
                onChange={(event) => onLevel(row.competencyId, Number(event.target.value))}
              >
                {levels.map((level) => (
                  <option key={level} value={level}>
                    {level}
                  </option>
                ))}
              </select>
            ) : (
              row.requiredLevel
            )}
          </td>
          <td>
            {row.levelDescription || <span className="muted">{t('standards.competencies.afterSave')}</span>}
          </td>
          <td>
            {row.behaviourIndicators.length > 0 ? (
              <ol className="indicator-numbers">
                {row.behaviourIndicators.map((indicator, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: indicators are plain text, may repeat
                  <li key={index}>{indicator}</li>
                ))}
              </ol>
            ) : (
              <span className="muted">{t('common.none')}</span>
            )}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
