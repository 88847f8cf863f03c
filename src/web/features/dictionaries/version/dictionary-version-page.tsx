import '../dictionaries.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { Alert, Button, ButtonAnchor, ButtonLink, Card, LoadState, PageHeader } from '../../../ui';
import { type Entry, getDictionaryVersion, type VersionDetail, versionExportUrl } from '../api';
import { ReviseDictionaryButton } from '../technical/revise-dictionary-button';
import { VersionStatusBadge } from '../version-status-badge';
import { CompositionChecklist } from './composition-checklist';
import { EntryEditor } from './entry-editor';
import { EntryList } from './entry-list';
import { EntryView } from './entry-view';
import { VersionEvents } from './version-events';
import { WorkflowActions } from './workflow-actions';

type Selection = { kind: 'new' } | { kind: 'entry'; id: string } | null;

/** `/kamus-teknis/versi/:versionId`: a version's entries, checklist and workflow; editable as draft. */
export function DictionaryVersionPage() {
  const { t } = useTranslation();
  const { versionId = '' } = useParams();
  const data = useApi(`dictionary-version:${versionId}`, () => getDictionaryVersion(versionId));
  const [selection, setSelection] = useState<Selection>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const detail = data.data;
  const selectedEntry =
    selection?.kind === 'entry' ? (detail?.entries.find((entry) => entry.id === selection.id) ?? null) : null;
  const panelKey = selection?.kind === 'new' ? 'new' : selectedEntry?.id;

  useEffect(() => {
    if (panelKey) panelRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }, [panelKey]);

  const open = (next: Selection) => {
    setNotice(null);
    setSelection(next);
  };
  const finish = (message: string) => {
    setSelection(null);
    setNotice(message);
    data.reload();
  };

  return (
    <div className="page">
      <LoadState loading={data.loading && !detail} error={data.error} onRetry={data.reload} />
      {detail && (
        <>
          <VersionHeader detail={detail} />
          <WorkflowActions
            versionId={detail.version.id}
            revision={detail.version.revision}
            permissions={detail.permissions}
            onChanged={data.reload}
          />
          <Card
            title={t('technical.entries.title', { count: detail.entries.length })}
            titleId="entries-title"
            actions={
              detail.permissions.canEdit && (
                <Button
                  variant="primary"
                  data-testid="add-entry-button"
                  onClick={() => open({ kind: 'new' })}
                >
                  + {t('technical.entries.add')}
                </Button>
              )
            }
          >
            {notice && (
              <Alert tone="success" className="notice" role="status" data-testid="entry-notice">
                {notice}
              </Alert>
            )}
            <EntryList
              entries={detail.entries}
              selectedId={selectedEntry?.id ?? null}
              onSelect={(entry: Entry) => open({ kind: 'entry', id: entry.id })}
            />
          </Card>
          {panelKey && (
            <div ref={panelRef} className="scroll-anchor">
              {detail.permissions.canEdit ? (
                <EntryEditor
                  key={panelKey}
                  versionId={detail.version.id}
                  revision={detail.version.revision}
                  entry={selectedEntry}
                  onSaved={(saved) => finish(t('technical.entries.saved', { code: saved.code }))}
                  onDeleted={(deleted) => finish(t('technical.entries.deleted', { code: deleted.code }))}
                  onClose={() => open(null)}
                  onReload={data.reload}
                />
              ) : (
                selectedEntry && <EntryView entry={selectedEntry} onClose={() => open(null)} />
              )}
            </div>
          )}
          <div className="two-columns">
            <CompositionChecklist
              versionId={detail.version.id}
              steps={detail.checklist}
              canEdit={detail.permissions.canEdit}
              onChanged={data.reload}
            />
            <VersionEvents events={detail.events} />
          </div>
        </>
      )}
    </div>
  );
}

function VersionHeader({ detail }: { detail: VersionDetail }) {
  const { t } = useTranslation();
  const { dictionary, version, permissions } = detail;
  return (
    <>
      <nav className="breadcrumb" aria-label={t('technical.breadcrumb')}>
        <Link to="/kamus-teknis">{t('technical.title')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/kamus-teknis/${dictionary.id}`}>{dictionary.name}</Link>
      </nav>
      <PageHeader
        title={
          <>
            {dictionary.name}{' '}
            <span className="title-version">{t('technical.versionLabel', { version: version.version })}</span>
          </>
        }
        subtitle={
          <>
            <code>{dictionary.code}</code> · {dictionary.agencyName ?? t('header.national')} ·{' '}
            <VersionStatusBadge status={version.status} testId="version-status" />
          </>
        }
        actions={
          <>
            <ButtonAnchor href={versionExportUrl(version.id)} download data-testid="export-button">
              {t('technical.exportExcel')}
            </ButtonAnchor>
            {permissions.canEdit && (
              <ButtonLink to={`/kamus-teknis/${dictionary.id}/impor`} data-testid="import-button">
                {t('technical.importExcel')}
              </ButtonLink>
            )}
            {permissions.canRevise && <ReviseDictionaryButton dictionaryId={dictionary.id} />}
          </>
        }
      >
        <p className="muted small">{t(`technical.statusHint.${version.status}`)}</p>
      </PageHeader>
    </>
  );
}
