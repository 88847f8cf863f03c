import { useTranslation } from 'react-i18next';
import { Badge, Button } from '../../../ui';
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
    <div className="table-wrap">
      <table className="table table-clickable" data-testid="entry-table">
        <thead>
          <tr>
            <th scope="col">{t('technical.entries.code')}</th>
            <th scope="col">{t('technical.entries.name')}</th>
            <th scope="col">{t('technical.entries.affair')}</th>
            <th scope="col">{t('technical.entries.group')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            // The name button inside is the keyboard-accessible control; its click bubbles up here,
            // so a click anywhere on the row opens the entry too.
            <tr
              key={entry.id}
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
