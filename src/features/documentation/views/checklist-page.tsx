import { HistoryTable, type HistoryEntry } from '../../audit/index.ts';
import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { CsrfField, ErrorSummary, TextArea, TextField } from '../../../ui/components.tsx';
import { formatDate, formatDateTime, formatInteger } from '../../../ui/format.ts';
import type { checklistItems } from '../tables.ts';
import { ScrollTable } from '../../../ui/table.tsx';

type Item = typeof checklistItems.$inferSelect;

interface ListProps {
  municipalityName: string;
  base: string;
  csrf: string;
  canEdit: boolean;
  items: Item[];
  organisationItems: { item: Item; organisationName: string }[];
  values?: FormValues;
  errors?: FieldErrors;
}

function Toggles({ item, base, csrf }: { item: Item; base: string; csrf: string }) {
  return (
    <div class="sd-button-row">
      <a class="button button-secondary button-small" href={`${base}/${item.id}/rediger`}>
        Redigér<span class="sr-only"> {item.title}</span>
      </a>
      <form method="post" action={`${base}/${item.id}`} class="sd-inline-form">
        <CsrfField token={csrf} />
        <input type="hidden" name="version" value={String(item.version)} />
        <input type="hidden" name="required" value={item.required ? 'false' : 'true'} />
        <button type="submit" class="button button-secondary button-small">
          {item.required ? `Gør ${item.title} valgfrit` : `Gør ${item.title} påkrævet`}
        </button>
      </form>
      <form method="post" action={`${base}/${item.id}`} class="sd-inline-form">
        <CsrfField token={csrf} />
        <input type="hidden" name="version" value={String(item.version)} />
        <input type="hidden" name="active" value={item.active ? 'false' : 'true'} />
        <button type="submit" class="button button-secondary button-small">
          {item.active ? `Fjern ${item.title}` : `Genindsæt ${item.title}`}
        </button>
      </form>
    </div>
  );
}

function ItemRows({ rows, p }: { rows: { item: Item; organisationName?: string }[]; p: ListProps }) {
  return (
    <tbody>
      {rows.map(({ item: i, organisationName }) => (
        <tr>
          {organisationName !== undefined && <td>{organisationName}</td>}
          <td>
            <strong>{i.title}</strong>
            {i.description && (
              <>
                <br />
                <span class="sd-muted">{i.description}</span>
              </>
            )}
          </td>
          <td>{i.required ? 'Påkrævet' : 'Valgfrit'}</td>
          <td>{i.active ? 'Aktiv' : <span class="sd-status-inactive">Fjernet</span>}</td>
          <td>
            Version {formatInteger(i.version)}, {formatDate(i.updatedAt)}
          </td>
          {p.canEdit && (
            <td>
              <Toggles item={i} base={p.base} csrf={p.csrf} />
            </td>
          )}
        </tr>
      ))}
    </tbody>
  );
}

export function ChecklistPage(p: ListProps) {
  const head = (org: boolean) => (
    <thead>
      <tr>
        {org && <th scope="col">Boligorganisation</th>}
        <th scope="col">Punkt</th>
        <th scope="col">Påkrævet</th>
        <th scope="col">Status</th>
        <th scope="col">Version</th>
        {p.canEdit && <th scope="col">Handling</th>}
      </tr>
    </thead>
  );
  return (
    <div class="no-max-width">
      <h1>Dokumentationspakkens punkter – {p.municipalityName}</h1>
      <p>
        Punkterne kopieres til hver boligorganisations pakke, når kommunen indkalder til styringsdialog. Ændringer her rører ikke pakker,
        der allerede er åbnet.
      </p>
      <ErrorSummary errors={p.errors} />
      <ScrollTable label="Punkter">
        <table class="table table--zebra">
          <caption class="sr-only">Punkter i dokumentationspakken</caption>
          {head(false)}
          <ItemRows rows={p.items.map((item) => ({ item }))} p={p} />
        </table>
      </ScrollTable>
      {p.organisationItems.length > 0 && (
        <>
          <h2>Punkter for enkelte boligorganisationer</h2>
          <ScrollTable label="Punkter for enkelte boligorganisationer">
            <table class="table table--zebra">
              <caption class="sr-only">Punkter for enkelte boligorganisationer</caption>
              {head(true)}
              <ItemRows rows={p.organisationItems} p={p} />
            </table>
          </ScrollTable>
        </>
      )}
      {p.canEdit && (
        <form method="post" action={p.base} novalidate>
          <h2>Tilføj et punkt</h2>
          <CsrfField token={p.csrf} />
          <TextField name="title" label="Titel" required width="xl" values={p.values} errors={p.errors} />
          <TextArea name="description" label="Beskrivelse" rows={2} values={p.values} errors={p.errors} />
          <RequiredBox checked={p.values ? p.values.required === 'on' : true} />
          <button type="submit" class="button button-primary">
            Tilføj punkt
          </button>
        </form>
      )}
      <p>
        <a href={p.base.replace(/dokumentationspakke$/, 'dokumentsoegning')}>Søg i dokumentationspakkernes filer</a>
      </p>
    </div>
  );
}

function RequiredBox({ checked }: { checked: boolean }) {
  return (
    <div class="form-group-checkbox">
      <input class="form-checkbox" type="checkbox" id="field-required" name="required" value="on" checked={checked} />
      <label for="field-required">Påkrævet</label>
    </div>
  );
}

/** The edit form for one item, with its earlier versions from the history. */
export function ChecklistItemForm({
  item,
  organisationName,
  base,
  csrf,
  values,
  errors,
  history,
}: {
  item: Item;
  organisationName: string | null;
  base: string;
  csrf: string;
  values: FormValues;
  errors?: FieldErrors;
  history: HistoryEntry[];
}) {
  return (
    <>
      <h1>Redigér punkt: {item.title}</h1>
      {organisationName && <p>Punktet gælder kun {organisationName}.</p>}
      <p>Ændringer gælder pakker, der åbnes fra nu af; pakker, der allerede er åbnet, beholder punktet, som det var.</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`${base}/${item.id}`} novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="version" value={values.version ?? String(item.version)} />
        <TextField name="title" label="Titel" required width="xl" values={values} errors={errors} />
        <TextArea name="description" label="Beskrivelse" rows={3} values={values} errors={errors} />
        <RequiredBox checked={values.required === 'on'} />
        <div class="sd-actions">
          <button type="submit" class="button button-primary">
            Gem
          </button>
          <a href={base}>Annullér</a>
        </div>
      </form>
      <h2>Versioner</h2>
      <p>
        Nu version {formatInteger(item.version)}, ændret {formatDateTime(item.updatedAt)}.
      </p>
      <HistoryTable entries={history} caption="Punktets historik" />
    </>
  );
}
