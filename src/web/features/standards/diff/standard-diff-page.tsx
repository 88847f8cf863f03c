import '../standards.css';
import '../../../shared/diff.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { Card, LoadState, StatTile, StatTiles } from '../../../ui';
import { diffStandards, type StandardDiff, type StandardVersionRef, type ValueChange } from '../api';
import { StandardStatusBadge } from '../standard-status-badge';
import { StandardRowChange, StandardRowPresence } from './standard-row-change';
import { StandardValueChange } from './standard-value-change';

type StatKind = 'identity' | 'added' | 'removed' | 'changed' | 'requirements';
const statTone: Record<StatKind, 'added' | 'removed' | 'changed'> = {
  identity: 'changed',
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  requirements: 'changed',
};

/** `/skj/:id/banding/:otherId`: what changed from version `otherId` to version `id` of a standard. */
export function StandardDiffPage() {
  const { t } = useTranslation();
  const { id = '', otherId = '' } = useParams();
  const result = useApi(`standard-diff:${id}:${otherId}`, () => diffStandards(id, otherId));
  const data = result.data;

  const versionLink = (version: StandardVersionRef) => (
    <>
      <Link to={`/skj/${version.id}`}>{t('standards.versionLabel', { version: version.version })}</Link>{' '}
      <StandardStatusBadge status={version.status} testId="version-status" />
    </>
  );

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('standards.breadcrumb')}>
        <Link to="/skj">{t('standards.title')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/skj/${id}`}>{t('standardDiff.backToVersion')}</Link>
      </nav>
      <h1>{t('standardDiff.title')}</h1>
      <LoadState loading={result.loading && !data} error={result.error} onRetry={result.reload} />
      {data && (
        <div className="diff-view" data-testid="standard-diff">
          <p className="diff-versions">
            {versionLink(data.from)}
            <span className="diff-arrow" aria-hidden="true">
              →
            </span>
            <span className="visually-hidden">{t('technical.diff.becomes')}</span>
            {versionLink(data.to)}
          </p>
          <StatTiles label={t('standardDiff.summary')} className="standard-diff-tiles">
            <Stat kind="identity" count={data.diff.identity.length} />
            <Stat kind="added" count={data.diff.competencies.added.length} />
            <Stat kind="removed" count={data.diff.competencies.removed.length} />
            <Stat kind="changed" count={data.diff.competencies.changed.length} />
            <Stat kind="requirements" count={data.diff.requirements.length} />
          </StatTiles>
          <ValueSection kind="identity" changes={data.diff.identity} />
          {data.diff.competencies.added.length + data.diff.competencies.removed.length > 0 && (
            <Card title={t('standardDiff.rowsTitle')} titleId="diff-rows-title" className="diff-section">
              <ul className="diff-list">
                {data.diff.competencies.added.map((row) => (
                  <StandardRowPresence key={`+${row.competencyId}`} row={row} kind="added" />
                ))}
                {data.diff.competencies.removed.map((row) => (
                  <StandardRowPresence key={`-${row.competencyId}`} row={row} kind="removed" />
                ))}
              </ul>
            </Card>
          )}
          {data.diff.competencies.changed.length > 0 && (
            <Card
              title={t('standardDiff.changedTitle')}
              titleId="diff-changed-title"
              className="diff-section"
            >
              <ul className="diff-list">
                {data.diff.competencies.changed.map((change) => (
                  <StandardRowChange key={change.competencyId} change={change} />
                ))}
              </ul>
            </Card>
          )}
          <ValueSection kind="requirement" changes={data.diff.requirements} />
          {isEmpty(data.diff) && (
            <Card as="p" className="muted" data-testid="diff-identical">
              {t('standardDiff.identical')}
            </Card>
          )}
        </div>
      )}
    </div>
  );
}

function isEmpty(diff: StandardDiff['diff']): boolean {
  const { added, removed, changed } = diff.competencies;
  return (
    diff.identity.length + diff.requirements.length + added.length + removed.length + changed.length === 0
  );
}

function Stat({ kind, count }: { kind: StatKind; count: number }) {
  const { t } = useTranslation();
  return (
    <StatTile
      tone={statTone[kind]}
      testId={`standard-diff-count-${kind}`}
      value={count}
      label={t(`standardDiff.counts.${kind}`)}
    />
  );
}

function ValueSection({ kind, changes }: { kind: 'identity' | 'requirement'; changes: ValueChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  const titleId = `diff-${kind}-title`;
  return (
    <Card className="diff-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(`standardDiff.${kind}Title`)}</h2>
      <dl className="diff-fields">
        {changes.map((change) => (
          <StandardValueChange key={change.path} change={change} kind={kind} />
        ))}
      </dl>
    </Card>
  );
}
