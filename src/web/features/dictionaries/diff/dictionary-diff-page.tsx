import '../dictionaries.css';
import '../../../shared/diff.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { Badge, Card, LoadState, StatTile, StatTiles } from '../../../ui';
import { diffVersions, type Entry, type VersionRef } from '../api';
import { VersionStatusBadge } from '../version-status-badge';
import { DiffEntryChange } from './diff-entry-change';

/** `/kamus-teknis/versi/:versionId/banding/:otherVersionId`: what changed from the other version. */
export function DictionaryDiffPage() {
  const { t } = useTranslation();
  const { versionId = '', otherVersionId = '' } = useParams();
  const diff = useApi(`diff:${versionId}:${otherVersionId}`, () => diffVersions(versionId, otherVersionId));
  const data = diff.data;

  const versionLink = (version: VersionRef) => (
    <Link to={`/kamus-teknis/versi/${version.id}`}>
      {t('technical.versionLabel', { version: version.version })}
    </Link>
  );

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('technical.breadcrumb')}>
        <Link to="/kamus-teknis">{t('technical.title')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/kamus-teknis/versi/${versionId}`}>{t('technical.diff.backToVersion')}</Link>
      </nav>
      <h1>{t('technical.diff.title')}</h1>
      <LoadState loading={diff.loading && !data} error={diff.error} onRetry={diff.reload} />
      {data && (
        <div className="diff-view" data-testid="diff-view">
          <p className="diff-versions">
            {versionLink(data.from)} <VersionStatusBadge status={data.from.status} />
            <span className="diff-arrow" aria-hidden="true">
              →
            </span>
            <span className="visually-hidden">{t('technical.diff.becomes')}</span>
            {versionLink(data.to)} <VersionStatusBadge status={data.to.status} />
          </p>
          <StatTiles label={t('technical.diff.summary')}>
            <Stat kind="added" count={data.added.length} />
            <Stat kind="removed" count={data.removed.length} />
            <Stat kind="changed" count={data.changed.length} />
            <Stat kind="unchanged" count={data.unchanged} />
          </StatTiles>
          <EntrySection kind="added" entries={data.added} />
          <EntrySection kind="removed" entries={data.removed} />
          {data.changed.length > 0 && (
            <Card className="diff-section" data-testid="diff-changed-section">
              <h2>{t('technical.diff.changedTitle')}</h2>
              <ul className="diff-list">
                {data.changed.map((change) => (
                  <DiffEntryChange key={change.code} change={change} />
                ))}
              </ul>
            </Card>
          )}
          {data.added.length + data.removed.length + data.changed.length === 0 && (
            <Card as="p" className="muted">
              {t('technical.diff.identical')}
            </Card>
          )}
        </div>
      )}
    </div>
  );
}

function Stat({ kind, count }: { kind: 'added' | 'removed' | 'changed' | 'unchanged'; count: number }) {
  const { t } = useTranslation();
  return (
    <StatTile
      tone={kind === 'unchanged' ? undefined : kind}
      testId={`diff-count-${kind}`}
      value={count}
      label={t(`technical.diff.counts.${kind}`)}
    />
  );
}

function EntrySection({ kind, entries }: { kind: 'added' | 'removed'; entries: Entry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <section className={`card diff-section diff-section-${kind}`} data-testid={`diff-${kind}-section`}>
      <h2>{t(`technical.diff.${kind}Title`)}</h2>
      <ul className="diff-list">
        {entries.map((entry) => (
          <li
            key={entry.code}
            className={`diff-entry diff-entry-${kind}`}
            data-testid={`diff-${kind}`}
            data-code={entry.code}
          >
            <span className="diff-sign" aria-hidden="true">
              {kind === 'added' ? '+' : '−'}
            </span>
            <Badge tone="code">{entry.code}</Badge> <strong>{entry.name}</strong>
            <span className="muted small">
              {' '}
              · {entry.governmentAffair} · {t(`technical.groups.${entry.group}`)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
