import { formatDate } from '../../../ui/format.ts';
import { ScrollTable } from '../../../ui/table.tsx';
import { Form } from '../../../ui/form.tsx';
import type { ReportStatus } from '../tables.ts';
import { STATUS_LABELS } from '../words.ts';

export type ReportListRow = { governanceYear: number; status: ReportStatus; approvedOn: string | null };

/** A municipality's reports, one per year, and the form that makes the next one. */
export function ReportList(props: {
  code: string;
  name: string;
  rows: ReportListRow[];
  canManage: boolean;
  csrf: string;
  missingYears: number[];
}) {
  return (
    <>
      <h1>Redegørelser til kommunalbestyrelsen: {props.name}</h1>
      <p class="font-lead">
        Kommunens årlige redegørelse om styringsdialogerne med de almene boligorganisationer (almenboligloven § 164), genereret ud fra
        dialogerne, nøgletallene og aftalerne og redigeret af kommunen.
      </p>
      <ScrollTable label="Redegørelser">
        <table class="table table--compact">
          <caption class="sr-only">Redegørelser pr. år</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.length === 0 && (
              <tr>
                <td colspan={2}>Der er ingen redegørelser endnu.</td>
              </tr>
            )}
            {props.rows.map((r) => (
              <tr>
                <td>
                  <a href={`/kommuner/${props.code}/redegoerelser/${r.governanceYear}`}>Redegørelse {r.governanceYear}</a>
                </td>
                <td>{r.status === 'godkendt' ? `Godkendt ${formatDate(r.approvedOn)}` : STATUS_LABELS[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {props.canManage &&
        props.missingYears.map((year) => (
          <Form id={`opret-${year}`} action={`/kommuner/${props.code}/redegoerelser/${year}/opret`} csrf={props.csrf}>
            <button type="submit" class="button button-secondary">
              Opret redegørelse for {year}
            </button>
          </Form>
        ))}
    </>
  );
}

/** A year without a report, to the municipality's editors: what it would hold, and the button that makes it. */
export function MissingReport(props: { code: string; name: string; year: number; csrf: string }) {
  return (
    <>
      <h1>
        Redegørelse {props.year}: {props.name}
      </h1>
      <p class="font-lead">Der er ingen redegørelse for {props.year} endnu.</p>
      <p>
        Redegørelsen dannes ud fra styringsdialogerne {props.year}: møderne, faserne, aftaledokumenterne, de røde afdelinger og deres
        handlingsplaner, aftalerne, udlejningsaftalerne og boligområderne under overvågning. Bagefter kan hvert afsnit rettes.
      </p>
      <Form id={`opret-${props.year}`} action={`/kommuner/${props.code}/redegoerelser/${props.year}/opret`} csrf={props.csrf}>
        <button type="submit" class="button button-primary">
          Opret redegørelse for {props.year}
        </button>
      </Form>
    </>
  );
}
