import './search-snippet.css';

/**
 * A passage of a competency with the searched words marked. Safe to insert as HTML: the server
 * HTML-escapes the whole snippet and only then puts `<mark>…</mark>` around matches
 * (`src/services/search-competencies.ts`, renderSnippet), so it carries no markup of its own.
 */
export function SearchSnippet({
  html,
  as: Element = 'p',
  className,
  testId,
}: {
  html: string;
  as?: 'p' | 'span';
  className?: string;
  testId?: string;
}) {
  return (
    <Element
      className={className ? `search-snippet ${className}` : 'search-snippet'}
      data-testid={testId}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: server-escaped snippet, only <mark> tags
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
