import { useTranslation } from 'react-i18next';
import { Badge, Button, DataTable } from '../../../ui';
import type { Entry } from '../api';

interface Props {
  entries: Entry[];
  selectedId: string | null;
  onSelect: (entry: Entry) => void;
}

/** The competencies of a version; a row opens the entry (editor or read-only view). */
export function EntryList({ entries, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="muted">{t('technical.entries.empty')}</p>;
  return (
    <DataTable
      className="table-clickable"
      testId="entry-table"
      columns={[
        t('technical.entries.code'),
        t('technical.entries.name'),
        t('technical.entries.affair'),
        t('technical.entries.group'),
      ]}
      rows={entries}
      rowKey={(entry) => entry.id}
      renderRow={(entry) => (
        <tr
          data-testid="entry-row"
          data-code={entry.code}
          className={entry.id === selectedId ? 'selected' : undefined}
          aria-selected={entry.id === selectedId}
          onClick={() => onSelect(entry)}
        >
          <td>
            <code>{entry.code}</code>
          </td>
          <td>
            <Button variant="link">{entry.name}</Button>
            {entry.isPlaceholder && (
              <>
                {' '}
                <Badge tone="warning" data-testid="placeholder-badge">
                  {t('technical.entries.placeholder')}
                </Badge>
              </>
            )}
          </td>
          <td>
            {entry.governmentAffair}
            {entry.subAffair && <span className="muted small"> · {entry.subAffair}</span>}
          </td>
          <td>{t(`technical.groups.${entry.group}`)}</td>
        </tr>
      )}
    />
  );
}
