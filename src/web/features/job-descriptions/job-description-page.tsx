import './job-descriptions.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../shared/use-api';
import { useJobLevelName } from '../../shared/use-job-level-name';
import { Alert, ButtonLink, LoadState, PageHeader } from '../../ui';
import { getJobDescription } from './api';
import { type EditorTab, editorTabs } from './editor/editor-tabs';
import { type EditorNotice, JobDescriptionEditor } from './editor/job-description-editor';

/**
 * `/peta-jabatan/uraian/:positionId`: the job description (uraian jabatan) of one position, a tab
 * per component group with its completion, and its workload analysis (ABK). Admins and drafters of
 * the position's agency edit; the agency admin ratifies; everyone else who sees the position reads.
 */
export function JobDescriptionPage() {
  const { t } = useTranslation();
  const { positionId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const jobLevelName = useJobLevelName();
  const data = useApi(`job-description:${positionId}`, () => getJobDescription(positionId));
  const [notice, setNotice] = useState<EditorNotice | null>(null);
  const requested = searchParams.get('tab') as EditorTab | null;
  const tab: EditorTab = requested && editorTabs.includes(requested) ? requested : 'identity';
  const agency = searchParams.get('instansi');
  const keep = agency ? `?instansi=${encodeURIComponent(agency)}` : '';
  const detail = data.data;
  const saved = detail?.jobDescription ?? null;

  const chooseTab = (name: EditorTab) => {
    const next = new URLSearchParams(searchParams);
    if (name === 'identity') next.delete('tab');
    else next.set('tab', name);
    setSearchParams(next, { replace: true });
  };

  return (
    <div className="page jd-page">
      <nav className="breadcrumb" aria-label={t('jobDescription.breadcrumb')}>
        <Link to={`/peta-jabatan${keep}`}>{t('positionMap.title')}</Link> › {t('jobDescription.title')}
      </nav>
      <PageHeader
        title={t('jobDescription.title')}
        actions={
          detail && (
            <>
              <ButtonLink size="small" to={`/peta-jabatan/evaluasi/${positionId}${keep}`}>
                {t('jobDescription.toolbar.evaluate')}
              </ButtonLink>
              {detail.position.orgUnitId && (
                <ButtonLink
                  size="small"
                  data-testid="jd-summary-link"
                  to={`/peta-jabatan/beban-kerja?unit=${detail.position.orgUnitId}${agency ? `&instansi=${encodeURIComponent(agency)}` : ''}`}
                >
                  {t('jobDescription.toolbar.summary')}
                </ButtonLink>
              )}
            </>
          )
        }
      >
        {detail && (
          <p className="lead page-subtitle" data-testid="jd-position">
            {detail.position.name}
          </p>
        )}
        {detail && (
          <p className="muted small">
            {detail.position.orgUnitName ?? t('common.none')} · {jobLevelName(detail.position.jobLevel)} ·{' '}
            <span
              className={saved?.status === 'ratified' ? 'badge badge-success' : 'badge badge-muted'}
              data-testid="jd-status"
              data-status={saved?.status ?? 'new'}
            >
              {saved
                ? t(`jobDescription.status.${saved.status}`, { version: saved.version })
                : t('jobDescription.status.new')}
            </span>
          </p>
        )}
      </PageHeader>
      <p className="muted">{t('jobDescription.intro')}</p>
      <LoadState loading={data.loading && !detail} error={data.error} onRetry={data.reload} />
      {detail && !saved && (
        <Alert tone="info" data-testid="jd-not-saved">
          {t('jobDescription.notSaved')}
        </Alert>
      )}
      {notice && (
        <Alert tone="success" role="status" data-testid="jd-notice">
          {notice.kind === 'saved'
            ? t('jobDescription.notice.saved', {
                version: notice.version,
                required: notice.requiredHeadcount,
              })
            : notice.kind === 'ratified'
              ? t('jobDescription.notice.ratified', { version: notice.version })
              : t('jobDescription.notice.imported', { version: notice.version, count: notice.tasks })}
        </Alert>
      )}
      {detail && (
        <JobDescriptionEditor
          key={`${positionId}:${saved?.revision ?? 0}`}
          detail={detail}
          tab={tab}
          onTab={chooseTab}
          onChanged={(next) => {
            setNotice(next);
            data.reload();
          }}
        />
      )}
    </div>
  );
}
