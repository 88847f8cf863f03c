import '../../../shared/job-progress.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ButtonAnchor, Card, ErrorAlert, Loading } from '../../../ui';
import { type BackgroundJob, getJob } from '../documents-api';

const pollMs = 1000;

/**
 * Progress of a book job, polled until it is done or failed: a progress bar with done/total, the
 * positions that failed, and the download link of the finished book.
 */
export function BookJobProgress({ jobId, title }: { jobId: string; title?: string }) {
  const { t } = useTranslation();
  const [job, setJob] = useState<BackgroundJob | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setJob(null);
    setError(null);
    const poll = async () => {
      try {
        const next = await getJob(jobId);
        if (cancelled) return;
        setJob(next);
        setError(null);
        if (next.status === 'queued' || next.status === 'running') timer = setTimeout(poll, pollMs);
      } catch (err) {
        if (cancelled) return;
        setError(err);
        timer = setTimeout(poll, pollMs * 3);
      }
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [jobId]);

  if (!job) {
    return error ? <ErrorAlert error={error} /> : <Loading />;
  }
  const total = Math.max(job.total, 1);
  return (
    <Card
      title={title ?? t('book.jobTitle')}
      titleId="book-job-title"
      data-testid="book-job"
      data-status={job.status}
    >
      <p className="book-job-status" role="status" data-testid="book-job-status">
        {t(`book.status.${job.status}`)}
        {job.status === 'running' && job.done === job.total && job.total > 0 && ` ${t('book.packing')}`}
      </p>
      <div className="job-progress">
        <progress
          max={total}
          value={job.done}
          data-testid="book-progress"
          aria-label={t('book.progressLabel')}
        />
        <span data-testid="book-progress-text">
          {t('book.progress', { done: job.done, total: job.total })}
        </span>
      </div>
      {error !== null && <ErrorAlert error={error} />}
      {job.status === 'failed' && job.error && (
        <Alert tone="error" role="alert">
          {job.error}
        </Alert>
      )}
      {job.status === 'done' && job.downloadUrl && (
        <p>
          <ButtonAnchor variant="primary" href={job.downloadUrl} download data-testid="book-download">
            {t('book.download', { name: job.fileName ?? '' })}
          </ButtonAnchor>
        </p>
      )}
      {job.failures.length > 0 && (
        <Alert tone="warning" as="div" data-testid="book-failures">
          <p className="alert-message">{t('book.failures', { count: job.failures.length })}</p>
          <ul>
            {job.failures.map((failure) => (
              <li key={failure.item}>
                <strong>{failure.item}</strong>: {failure.message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </Card>
  );
}
