import type { Child } from 'hono/jsx';

/**
 * Every table of the app, in a box that scrolls sideways when the table is wider than the screen:
 * the design system's table--responsive-scroll, focusable and named so a keyboard can scroll it.
 * app.js shades the edge where columns are hidden; without JavaScript the browser's scrollbar shows it.
 */
export function ScrollTable({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: Child }) {
  return (
    <div class="sd-table-scroll">
      <div class="table--responsive-scroll sd-table-wrap" tabindex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
        {children}
      </div>
    </div>
  );
}

/** The columns an import file may have, on the import's form: the same table for every import. */
export function ImportColumnsTable({ columns }: { columns: { header: string; required: boolean; aliases: string[]; example: string }[] }) {
  return (
    <ScrollTable label="Kolonner i filen">
      <table class="table table--compact">
        <caption>Kolonner i filen</caption>
        <thead>
          <tr>
            <th scope="col">Kolonne</th>
            <th scope="col">Skal med</th>
            <th scope="col">Også genkendt som</th>
            <th scope="col">Eksempel</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr>
              <th scope="row">{c.header}</th>
              <td>{c.required ? 'Ja' : 'Nej'}</td>
              <td>{c.aliases.join(', ')}</td>
              <td>{c.example}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** A file's errors line by line (and column, where the import names it apart): the same table for every import. */
export function LineErrorsTable({
  errors,
  withColumns = false,
}: {
  errors: { line: number | null; column?: string | null; message: string }[];
  withColumns?: boolean;
}) {
  return (
    <ScrollTable label="Fejl i filen">
      <table class="table table--compact table--zebra">
        <caption>Fejl i filen</caption>
        <thead>
          <tr>
            <th scope="col" class="sd-number">
              Linje
            </th>
            {withColumns && <th scope="col">Kolonne</th>}
            <th scope="col">Fejl</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e) => (
            <tr>
              <td class="sd-number">{e.line ?? '–'}</td>
              {withColumns && <td>{e.column ?? '–'}</td>}
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
