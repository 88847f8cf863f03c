import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, DataTable } from '../../../ui';
import { type CompetencyKind, competencyKinds } from '../../dictionaries/api';
import { CompetencyTextEditor } from './competency-text-editor';
import { type ComposerRow, isPending } from './composer-row';

const levels = [1, 2, 3, 4, 5];

interface RowHandlers {
  onLevel: (competencyId: string, level: number) => void;
  onRemove: (competencyId: string) => void;
  onText: (row: ComposerRow) => void;
}

/**
 * Competencies grouped A. Manajerial, B. Sosial Kultural, C. Teknis. When editable: level select,
 * and "Ubah teks" opening the row's description and indicators below it.
 */
export function StandardCompetencyTable({
  rows,
  canEdit,
  ...handlers
}: { rows: ComposerRow[]; canEdit: boolean } & RowHandlers) {
  const { t } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <DataTable
      testId="competency-table"
      className="competency-table"
      columns={[
        t('standards.competencies.name'),
        t('standards.competencies.level'),
        t('standards.competencies.description'),
        t('standards.competencies.indicators'),
      ]}
      groups={competencyKinds.map((kind) => (
        <KindGroup
          key={kind}
          kind={kind}
          rows={rows.filter((row) => row.kind === kind)}
          canEdit={canEdit}
          openId={openId}
          onToggle={(id) => setOpenId((current) => (current === id ? null : id))}
          {...handlers}
        />
      ))}
    />
  );
}

function KindGroup({
  kind,
  rows,
  canEdit,
  openId,
  onToggle,
  onLevel,
  onRemove,
  onText,
}: {
  kind: CompetencyKind;
  rows: ComposerRow[];
  canEdit: boolean;
  openId: string | null;
  onToggle: (competencyId: string) => void;
} & RowHandlers) {
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
      {rows.map((row) => {
        const editorId = `text-editor-${row.competencyId}`;
        const open = canEdit && openId === row.competencyId;
        // A row picked but never saved has no dictionary version yet to take its text from.
        const textEditable = canEdit && (row.source !== null || !isPending(row));
        return (
          <Fragment key={row.competencyId}>
            <tr data-testid="competency-row" data-kind={row.kind} data-code={row.code}>
              <td>
                <strong>{row.name}</strong>
                <div className="muted small">
                  <code>{row.code}</code>
                  {row.importance && <> · {t(`standards.importance.${row.importance}`)}</>}
                </div>
                {row.textEdited && (
                  <Badge tone="warning" data-testid="edited-from-dictionary">
                    {t('standards.competencies.edited')}
                  </Badge>
                )}
                <div className="row-actions">
                  {textEditable && (
                    <Button
                      variant="ghost"
                      size="small"
                      data-testid="edit-indicators"
                      aria-expanded={open}
                      aria-controls={open ? editorId : undefined}
                      onClick={() => onToggle(row.competencyId)}
                    >
                      {t('standards.competencies.editText')}
                    </Button>
                  )}
                  {canEdit && kind === 'technical' && (
                    <Button
                      variant="ghost"
                      size="small"
                      data-testid="remove-competency"
                      onClick={() => onRemove(row.competencyId)}
                    >
                      {t('standards.competencies.remove')}
                    </Button>
                  )}
                </div>
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
                {row.levelDescription ||
                  (isPending(row) ? (
                    <span className="muted">{t('standards.competencies.afterSave')}</span>
                  ) : (
                    <span className="muted">{t('common.none')}</span>
                  ))}
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
            {open && (
              <tr className="text-editor-row">
                <td colSpan={4}>
                  <CompetencyTextEditor
                    key={`${row.competencyId}:${row.requiredLevel}`}
                    id={editorId}
                    row={row}
                    onChange={onText}
                    onClose={() => onToggle(row.competencyId)}
                  />
                </td>
              </tr>
            )}
          </Fragment>
        );
      })}
    </tbody>
  );
}
