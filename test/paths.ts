export const TEMPLATE_DUMP = '.tmp/test-template.tar.gz';
export const TEMPLATE_DB = 'sd_test_template';

/** The same server as `url`, another database on it. */
export function adminUrl(url: string, database?: string): string {
  const u = new URL(url);
  if (database) u.pathname = `/${database}`;
  return u.toString();
}
