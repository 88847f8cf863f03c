export const templateDatabaseName = 'skj_test_template';

export function testTarget(): 'pglite' | 'postgres' {
  return process.env.SKJ_TEST_TARGET === 'postgres' ? 'postgres' : 'pglite';
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
