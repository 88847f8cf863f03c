import { ApiError } from '../../../shared/api/request';
import { Alert, ErrorAlert } from '../../../ui';

interface Problem {
  nip: string;
  message: string;
}

function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof ApiError)) return [];
  const problems = error.details?.problems;
  return Array.isArray(problems) ? (problems as Problem[]) : [];
}

/** A refused round: the message, and each person the server named with its reason. */
export function RoundProblems({ error }: { error: unknown }) {
  if (error === null) return null;
  const problems = problemsOf(error);
  if (problems.length === 0) return <ErrorAlert error={error} />;
  return (
    <Alert tone="error" as="div" role="alert" testId="round-problems">
      <p>{(error as ApiError).message}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.nip}:${p.message}`} data-testid="round-problem" data-nip={p.nip}>
            {p.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
