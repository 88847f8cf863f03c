/** What each kind of background job runs: the composition root hands these to the queue. */
import { bookJobKind, runBookJob } from './generate-book';
import { decreeJobKind, runDecreeJob } from './generate-decree';
import { assessmentImportKind, runAssessmentImport } from './import-assessments';
import { civilServantImportKind, runCivilServantImport } from './import-civil-servants';
import { positionMapImportKind, runPositionMapImport } from './import-position-map';
import type { JobHandler } from './job-queue';

export function jobHandlers(): Record<string, JobHandler> {
  return {
    [bookJobKind]: runBookJob,
    [decreeJobKind]: runDecreeJob,
    [civilServantImportKind]: runCivilServantImport,
    [assessmentImportKind]: runAssessmentImport,
    [positionMapImportKind]: runPositionMapImport,
  };
}
