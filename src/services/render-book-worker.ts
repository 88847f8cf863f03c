/** Worker thread entry of `renderBookInWorker`: renders one book and posts progress and the bytes. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderBook, renderDecree, type WorkerInput, type WorkerMessage } from './render-book';

const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);
const input = workerData as WorkerInput;

const rendering = input.decree
  ? renderDecree(input.format, input.decree)
  : renderBook(input.format, input.book!, (done, total, failure) =>
      post({ type: 'progress', done, total, failure }),
    );
rendering.then(
  (result) => post({ type: 'result', bytes: new Uint8Array(result.bytes), failures: result.failures }),
  (error: unknown) =>
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
);
