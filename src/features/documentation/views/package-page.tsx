import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { Alert, CsrfField, ErrorSummary, TextArea, TextField } from '../../../ui/components.tsx';
import { formatDate, formatDateTime, formatFileSize, formatInteger } from '../../../ui/format.ts';
import { completeness, type PackageItemView, type PackageView } from '../package.ts';
import { ALLOWED_TYPES_TEXT } from '../../../lib/file-store/index.ts';
import { ConfirmLink, UndoButton } from '../../../ui/confirm.tsx';
import type { FileHit } from '../search.ts';
import { PackageHits, SearchForm } from './search-views.tsx';
import { countNoun, pluralNoun } from '../../../lib/plural.ts';
import { danishParts, daysBetween } from '../../../lib/copenhagen-time.ts';
import { deadlineDistance } from '../../dialogue/index.ts';

const STATUS: Record<string, string> = {
  aaben: 'Åben – boligorganisationen lægger filer op',
  indsendt: 'Indsendt til kommunen',
  returneret: 'Sendt retur til boligorganisationen',
  accepteret: 'Godkendt af kommunen',
};
const REVIEW: Record<string, [string, string]> = {
  afventer: ['Afventer', 'sd-badge'],
  godkendt: ['Godkendt', 'sd-badge sd-badge-green'],
  mangler: ['Mangler', 'sd-badge sd-badge-red'],
};
const EVENT: Record<string, string> = {
  upload: 'Fil lagt op',
  fjernet: 'Fil fjernet',
  genindsat: 'Fil lagt tilbage',
  vurdering: 'Vurdering',
  bemaerkning: 'Bemærkning',
  indsendt: 'Pakken sendt til kommunen',
  returneret: 'Pakken sendt retur til boligorganisationen',
  accepteret: 'Pakken godkendt af kommunen',
};

interface Props {
  view: PackageView;
  csrf: string;
  base: string;
  errors?: FieldErrors;
  values?: FormValues;
  maxMb: number;
  search?: { q: string; hits: FileHit[]; total: number };
  /** The municipality's search across all its packages, for those who may use it. */
  searchAllHref?: string;
  /** Today in Denmark (YYYY-MM-DD), for how far the deadline is. */
  today: string;
  /** A file just removed, which the page offers to put back. */
  removed?: { id: number; fileName: string } | null;
}

/**
 * The package's deadline with what it means now: for a package not yet sent, how many days are
 * left or by how much it is overdue; for a sent one, when it was sent and whether that was late.
 */
function PackageDeadline({ date, pkg, today }: { date: string; pkg: NonNullable<PackageView['pkg']>; today: string }) {
  const sent = (pkg.status === 'indsendt' || pkg.status === 'accepteret') && pkg.submittedAt;
  if (sent) {
    const on = danishParts(pkg.submittedAt).date;
    const late = daysBetween(date, on);
    return (
      <>
        {' '}
        · frist {formatDate(date)}, indsendt {formatDate(on)}
        {late > 0 && `, ${countNoun(late, 'dag', 'dage')} for sent`}
      </>
    );
  }
  const when = deadlineDistance(date, today);
  return (
    <>
      {' '}
      · frist {formatDate(date)}{' '}
      {when.overdue ? (
        <span class="sd-badge sd-badge-red">{when.text.replace(/^./, (c) => c.toUpperCase())}</span>
      ) : (
        <span>({when.text})</span>
      )}
    </>
  );
}

/** Why an item has no files: the organisation may still add them, or the package has gone on without. */
function noFiles(p: Props, orgEditable: boolean): string {
  if (orgEditable) return 'Ingen filer endnu.';
  const open = p.view.pkg?.status === 'aaben' || p.view.pkg?.status === 'returneret';
  return open ? 'Boligorganisationen har ikke lagt filer op endnu.' : 'Ingen filer på punktet.';
}

function Item({ item, p, editable }: { item: PackageItemView; p: Props; editable: { org: boolean; review: boolean } }) {
  const [label, badge] = REVIEW[item.review];
  const noteField = `note-${item.id}`;
  return (
    <section class="sd-package-item" aria-labelledby={`item-${item.id}`} id={`punkt-${item.id}`}>
      <h3 id={`item-${item.id}`} class="h4">
        {item.title} {item.required ? <span class="sd-muted">(påkrævet)</span> : <span class="sd-muted">(valgfrit)</span>}{' '}
        <span class={badge}>{label}</span>
      </h3>
      {item.description && <p class="sd-muted">{item.description}</p>}
      {item.reviewNote && (
        <p>
          <strong>Tilsynets bemærkning:</strong> {item.reviewNote}
        </p>
      )}
      {item.files.length === 0 ? (
        <p>{noFiles(p, editable.org)}</p>
      ) : (
        <ul class="sd-files">
          {item.files.map((f) => (
            <li>
              <a href={`${p.base}/filer/${f.id}`}>{f.fileName}</a>{' '}
              <span class="sd-muted">
                ({formatFileSize(f.size)}, {f.uploadedByName ?? 'ukendt'}, {formatDateTime(f.uploadedAt)})
              </span>
              {editable.org && <ConfirmLink href={`${p.base}/filer/${f.id}/fjern`} label="Fjern" hiddenLabel={f.fileName} small />}
            </li>
          ))}
        </ul>
      )}
      {editable.org && (
        <form method="post" action={`${p.base}/punkter/${item.id}/filer`} enctype="multipart/form-data">
          <CsrfField token={p.csrf} />
          <div class={p.errors?.[`files-${item.id}`] ? 'form-group form-error' : 'form-group'}>
            <label class="form-label" for={`field-files-${item.id}`}>
              Læg filer op til {item.title}
            </label>
            <span class="form-hint" id={`hint-files-${item.id}`}>
              {ALLOWED_TYPES_TEXT}; højst {p.maxMb} MB pr. fil.
            </span>
            {p.errors?.[`files-${item.id}`] && (
              <span class="form-error-message" id={`error-files-${item.id}`}>
                <span class="sr-only">Fejl: </span>
                {p.errors[`files-${item.id}`]}
              </span>
            )}
            <input
              type="file"
              multiple
              name="files"
              id={`field-files-${item.id}`}
              class="form-input"
              aria-describedby={p.errors?.[`files-${item.id}`] ? `hint-files-${item.id} error-files-${item.id}` : `hint-files-${item.id}`}
            />
          </div>
          <button type="submit" class="button button-secondary">
            Læg op
          </button>
        </form>
      )}
      {editable.review && (
        <form method="post" action={`${p.base}/punkter/${item.id}/vurdering`} class="sd-review">
          <CsrfField token={p.csrf} />
          <input type="hidden" name="version" value={String(item.version)} />
          <fieldset>
            <legend class="form-label">Vurdering af {item.title}</legend>
            <div class="form-group-radio">
              <input
                class="form-radio"
                type="radio"
                name="review"
                value="godkendt"
                id={`godkendt-${item.id}`}
                checked={item.review !== 'mangler'}
              />
              <label for={`godkendt-${item.id}`}>Godkendt</label>
            </div>
            <div class="form-group-radio">
              <input
                class="form-radio"
                type="radio"
                name="review"
                value="mangler"
                id={`mangler-${item.id}`}
                checked={item.review === 'mangler'}
              />
              <label for={`mangler-${item.id}`}>Mangler</label>
            </div>
          </fieldset>
          <div class={p.errors?.[noteField] ? 'form-group form-error' : 'form-group'}>
            <label class="form-label" for={`field-${noteField}`}>
              Bemærkning<span class="sd-muted"> (valgfrit ved godkendt)</span>
            </label>
            {p.errors?.[noteField] && (
              <span class="form-error-message" id={`error-${noteField}`}>
                <span class="sr-only">Fejl: </span>
                {p.errors[noteField]}
              </span>
            )}
            <textarea
              class="form-input"
              name="note"
              id={`field-${noteField}`}
              rows={2}
              aria-describedby={p.errors?.[noteField] ? `error-${noteField}` : undefined}
            >
              {p.values?.[noteField] ?? item.reviewNote ?? ''}
            </textarea>
          </div>
          <button type="submit" class="button button-secondary">
            Gem vurdering
          </button>
        </form>
      )}
      {item.events.length > 0 && (
        <details class="details">
          <summary class="details-summary">
            Historik for {item.title} ({item.events.length})
          </summary>
          <div class="details-text">
            <ul class="nobullet-list">
              {item.events.map((e) => (
                <li>
                  {formatDateTime(e.at)} – {EVENT[e.kind]}
                  {e.review ? `: ${REVIEW[e.review][0]}` : ''}
                  {e.note ? ` – ${e.note}` : ''} <span class="sd-muted">({e.actorLabel})</span>
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </section>
  );
}

export function PackagePage(p: Props) {
  const { dialogue: d, pkg, items } = p.view;
  const title = `Dokumentationspakke ${d.year}: ${d.organisation.name}`;
  if (!pkg) {
    return (
      <>
        <h1>{title}</h1>
        <Alert kind="info" heading="Pakken er ikke åbnet endnu">
          <p>Dokumentationspakken åbner, når kommunen indkalder til styringsdialog.</p>
        </Alert>
        <p>
          <a href={`/boligorganisationer/${d.organisation.id}/styringsdialog/${d.year}`}>Tilbage til styringsdialogen</a>
        </p>
      </>
    );
  }
  const c = completeness(items);
  const orgCanEdit = d.canActForOrganisation && (pkg.status === 'aaben' || pkg.status === 'returneret');
  const canReview = d.canSupervise && pkg.status === 'indsendt';
  const deadline = d.deadlines.find((x) => x.kind === 'dokumentationspakke');
  return (
    <>
      <h1>{title}</h1>
      <ErrorSummary errors={p.errors} />
      <p class="font-lead">
        {STATUS[pkg.status]}
        {deadline && <PackageDeadline date={deadline.date} pkg={pkg} today={p.today} />}
      </p>
      <p>
        {formatInteger(c.withFiles)} af {formatInteger(c.required)} {pluralNoun(c.required, 'påkrævet punkt', 'påkrævede punkter')} har
        filer; {formatInteger(c.approved)} er godkendt af tilsynet.
      </p>
      {p.removed && orgCanEdit && (
        <Alert kind="success" heading={`${p.removed.fileName} er fjernet`}>
          <UndoButton
            action={`${p.base}/filer/${p.removed.id}/genindsaet`}
            csrf={p.csrf}
            label="Fortryd"
            hiddenLabel={p.removed.fileName}
          />
        </Alert>
      )}
      {pkg.status === 'returneret' && d.canActForOrganisation && (
        <Alert kind="warning" heading="Kommunen har sendt pakken retur">
          <p>Se punkterne markeret „Mangler“, læg det manglende op, og send pakken igen.</p>
        </Alert>
      )}
      <div class="sd-actions" id="field-_form">
        {orgCanEdit && (
          <form method="post" action={`${p.base}/send`} class="sd-inline-form">
            <CsrfField token={p.csrf} />
            <input type="hidden" name="version" value={String(pkg.version)} />
            <button type="submit" class="button button-primary">
              Send pakken til kommunen
            </button>
          </form>
        )}
        {canReview && (
          <>
            <form method="post" action={`${p.base}/returner`} class="sd-inline-form">
              <CsrfField token={p.csrf} />
              <input type="hidden" name="version" value={String(pkg.version)} />
              <button type="submit" class="button button-secondary">
                Send pakken retur
              </button>
            </form>
            <form method="post" action={`${p.base}/accepter`} class="sd-inline-form">
              <CsrfField token={p.csrf} />
              <input type="hidden" name="version" value={String(pkg.version)} />
              <button type="submit" class="button button-primary">
                Godkend pakken
              </button>
            </form>
          </>
        )}
        <a href={`/boligorganisationer/${d.organisation.id}/styringsdialog/${d.year}`}>Tilbage til styringsdialogen</a>
      </div>
      {items.some((i) => i.files.length > 0) && (
        <section aria-labelledby="package-search">
          <h2 id="package-search">Søg i pakkens filer</h2>
          <SearchForm action={p.base} q={p.search?.q ?? ''} label="Søg i filernes tekst og navne" />
          {p.search && <PackageHits {...p.search} />}
          {p.searchAllHref && (
            <p>
              <a href={p.searchAllHref}>Søg i alle boligorganisationers dokumentationspakker</a>
            </p>
          )}
        </section>
      )}
      <h2>Punkter</h2>
      {items.map((item) => (
        <Item item={item} p={p} editable={{ org: orgCanEdit, review: canReview }} />
      ))}
      {d.canSupervise && pkg.status !== 'accepteret' && (
        <form method="post" action={`${p.base}/punkter`} novalidate class="sd-package-item">
          <h2>Tilføj et punkt for {d.organisation.name}</h2>
          <p class="sd-muted">
            Fx en særlig analyse, I aftalte ved sidste styringsdialog. Punktet kommer med i pakken nu og i de kommende års pakker. Kommunens
            fælles punkter redigeres under{' '}
            <a href={`/kommuner/${d.organisation.municipalityCode}/dokumentationspakke`}>dokumentationspakkens punkter</a>.
          </p>
          <CsrfField token={p.csrf} />
          <TextField name="title" label="Titel" required width="xl" values={p.values} errors={p.errors} />
          <TextArea name="description" label="Beskrivelse" rows={2} values={p.values} errors={p.errors} />
          <div class="form-group-checkbox">
            <input
              class="form-checkbox"
              type="checkbox"
              id="field-required"
              name="required"
              value="on"
              checked={p.values ? p.values.required === 'on' : true}
            />
            <label for="field-required">Påkrævet</label>
          </div>
          <button type="submit" class="button button-secondary">
            Tilføj punkt
          </button>
        </form>
      )}
    </>
  );
}
