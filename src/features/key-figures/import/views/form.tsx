import type { FieldErrors, FormValues } from '../../../../lib/forms.ts';
import { TABLE_FILE_TYPES } from '../../../../lib/table-file/index.ts';
import { ErrorSummary, FileField, TextField } from '../../../../ui/components.tsx';
import { Form } from '../../../../ui/form.tsx';
import { formatInteger } from '../../../../ui/format.ts';
import { ScrollTable } from '../../../../ui/table.tsx';
import { type CatalogueIndicator, KEY_COLUMNS, indicatorAliases } from '../layout.ts';
import { MAX_ROWS } from '../report.ts';
import { FIRST_YEAR } from '../validate.ts';

export const IMPORT_BASE = '/noegletal/import';
const LEVELS = { estate: 'Afdeling', organisation: 'Boligorganisation' };

/** The upload form, then the layout it reads: the key columns and one column per indicator of the catalogue. */
export function ImportForm({
  csrf,
  values,
  errors,
  maxMb,
  catalogue,
  organisation,
}: {
  csrf: string;
  values: FormValues;
  errors?: FieldErrors;
  maxMb: number;
  catalogue: CatalogueIndicator[];
  organisation: { id: number; name: string } | null;
}) {
  const active = catalogue.filter((i) => i.active);
  return (
    <>
      <h1>Importér nøgletal{organisation ? ` for ${organisation.name}` : ''}</h1>
      <ErrorSummary errors={errors} form="import" />
      <p>
        Indlæs en CSV- eller XLSX-fil (Excel) med nøgletal: én linje pr. afdeling og år, fx fra Landsbyggefonden. Du ser en forhåndsvisning
        med det, der ændres, før noget gemmes, og importen gemmes kun, hvis alle linjer er i orden.
      </p>
      <p>
        Hent skabelonen som <a href={`${IMPORT_BASE}/skabelon.xlsx`}>Excel-regneark (XLSX)</a> eller{' '}
        <a href={`${IMPORT_BASE}/skabelon.csv`}>CSV</a>.
      </p>
      <Form id="import" action={IMPORT_BASE} csrf={csrf} enctype="multipart/form-data">
        {organisation && <input type="hidden" name="organisation" value={String(organisation.id)} />}
        <FileField
          name="file"
          label="Fil med nøgletal"
          accept={TABLE_FILE_TYPES}
          hint={`CSV (semikolon, komma eller tabulator; UTF-8 eller Windows-1252) eller XLSX (første ark). Højst ${maxMb} MB og ${formatInteger(MAX_ROWS)} linjer.`}
          errors={errors}
        />
        <TextField
          name="source"
          label="Kilde"
          hint="Hvor tallene kommer fra, fx Landsbyggefonden, BBR eller Danmarks Statistik. Antal boliger og areal sammenlignes med registret pr. kilde."
          values={values}
          errors={errors}
          required
          width="l"
        />
        <TextField
          name="year"
          label="Kun år"
          hint="Skriv et år for kun at importere filens linjer for det år. Lad feltet være tomt for at importere alle år."
          values={values}
          errors={errors}
          inputmode="numeric"
          width="xs"
        />
        <div class="sd-actions">
          <button type="submit" class="button button-primary">
            Vis forhåndsvisning
          </button>
          <a href={organisation ? `/boligorganisationer/${organisation.id}` : '/'}>Annullér</a>
        </div>
      </Form>
      <h2>Filens opbygning</h2>
      <p>
        Første linje er kolonneoverskrifter; derefter én linje pr. afdeling og år. Boligorganisationen angives med sit LBF-nummer og
        afdelingen med sit nummer i boligorganisationen. En linje uden afdelingsnummer har boligorganisationens egne tal (nøgletal på
        niveauet boligorganisation). Årstal fra {FIRST_YEAR} til i år.
      </p>
      <p>
        Kolonnerne genkendes på koden eller på nøgletallets navn, med eller uden enhed; store og små bogstaver, mellemrum og æ/ø/å skrevet
        som ae/oe/aa er lige meget. Andre kolonner springes over, og forhåndsvisningen siger hvilke. Tal må skrives på dansk (1.234,5) eller
        med punktum som decimaltegn (1234.5).
      </p>
      <p>
        Indlæses et år igen, erstattes årets tal for de nøgletal, der er kolonner for i filen; en tom celle fjerner tallet. Nøgletal uden
        kolonne i filen beholder deres tal.
      </p>
      <ScrollTable label="Kolonner i filen">
        <table class="table table--compact">
          <caption>Kolonner i filen</caption>
          <thead>
            <tr>
              <th scope="col">Kode</th>
              <th scope="col">Navn</th>
              <th scope="col">Enhed</th>
              <th scope="col">Niveau</th>
              <th scope="col">Skal med</th>
              <th scope="col">Også genkendt som</th>
            </tr>
          </thead>
          <tbody>
            {KEY_COLUMNS.map((k) => (
              <tr>
                <th scope="row">
                  <code>{k.header}</code>
                </th>
                <td>{k.label}</td>
                <td>–</td>
                <td>–</td>
                <td>{k.key === 'estate' ? 'Ja, når filen har tal for afdelinger' : 'Ja'}</td>
                <td>{k.aliases.join(', ')}</td>
              </tr>
            ))}
            {active.map((i) => (
              <tr>
                <th scope="row">
                  <code>{i.code}</code>
                </th>
                <td>{i.name}</td>
                <td>{i.unit}</td>
                <td>{LEVELS[i.level]}</td>
                <td>Nej</td>
                <td>{indicatorAliases(i).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
