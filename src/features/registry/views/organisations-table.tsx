import { formatInteger } from '../../../ui/format.ts';
import { ScrollTable } from '../../../ui/table.tsx';

export type OrganisationRow = { id: number; name: string; lbfNumber: number; city: string | null; estates: number; homes: number };

/** A municipality's housing organisations with LBF number, town, estates and homes; `href` null shows the name unlinked. */
export function OrganisationsTable<Row extends OrganisationRow>({
  label,
  rows,
  href,
}: {
  label: string;
  rows: Row[];
  href: (o: Row) => string | null;
}) {
  return (
    <ScrollTable label={label}>
      <table class="table table--zebra">
        <caption class="sr-only">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Boligorganisation</th>
            <th scope="col" class="sd-number">
              LBF-nr.
            </th>
            <th scope="col">By</th>
            <th scope="col" class="sd-number">
              Afdelinger
            </th>
            <th scope="col" class="sd-number">
              Boliger
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => {
            const link = href(o);
            return (
              <tr>
                <td>{link ? <a href={link}>{o.name}</a> : o.name}</td>
                <td class="sd-number">{o.lbfNumber}</td>
                <td>{o.city ?? '–'}</td>
                <td class="sd-number">{formatInteger(o.estates)}</td>
                <td class="sd-number">{formatInteger(o.homes)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
