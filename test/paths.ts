export const TEMPLATE_DUMP = '.tmp/test-template.tar.gz';
// Its own name per checkout (TEST_TEMPLATE_DB) lets two worktrees test on one server at once.
export const TEMPLATE_DB = process.env.TEST_TEMPLATE_DB ?? 'sd_test_template';

/** The same server as `url`, another database on it. */
export function adminUrl(url: string, database?: string): string {
  const u = new URL(url);
  if (database) u.pathname = `/${database}`;
  return u.toString();
}
