import { Pagination, type ListQuery } from '../../../ui/components.tsx';
import { formatInteger } from '../../../ui/format.ts';
import { Snippet } from '../../../ui/snippet.tsx';
import { SEARCH_PAGE_SIZE, type FileHit } from '../search.ts';
import { countNoun } from '../../../lib/plural.ts';
import { ScrollTable } from '../../../ui/table.tsx';

const packagePath = (h: FileHit) => `/boligorganisationer/${h.organisationId}/styringsdialog/${h.year}/dokumentationspakke`;

export function SearchForm({ action, q, label, id = 'search-q' }: { action: string; q: string; label: string; id?: string }) {
  return (
    <form method="get" action={action} class="sd-filters" role="search">
      <div class="form-group">
        <label class="form-label" for={id}>
          {label}
        </label>
        <span class="form-hint" id={`${id}-hint`}>
          Ord i filernes tekst eller navn. Sæt en frase i anførselstegn, fx „fleksibel udlejning“, og - foran et ord, der ikke må forekomme.
        </span>
        <input class="form-input input-width-xl" id={id} name="q" type="search" value={q} aria-describedby={`${id}-hint`} />
      </div>
      <button type="submit" class="button button-secondary">
        Søg
      </button>
    </form>
  );
}

/** Hits across organisations and years: a table with file, item, organisation, year and snippet. */
export function HitsTable({ hits, total, query }: { hits: FileHit[]; total: number; query: ListQuery }) {
  if (total === 0) return <p>Ingen filer matcher søgningen.</p>;
  return (
    <>
      <ScrollTable label="Søgeresultater">
        <table class="table table--zebra">
          <caption class="sr-only">Filer, der matcher søgningen ({formatInteger(total)})</caption>
          <thead>
            <tr>
              <th scope="col">Fil</th>
              <th scope="col">Punkt</th>
              <th scope="col">Boligorganisation</th>
              <th scope="col" class="sd-number">
                År
              </th>
              <th scope="col">Uddrag</th>
            </tr>
          </thead>
          <tbody>
            {hits.map((h) => (
              <tr>
                <td>
                  <a href={`${packagePath(h)}/filer/${h.fileId}`}>{h.fileName}</a>
                </td>
                <td>
                  <a href={`${packagePath(h)}#punkt-${h.itemId}`}>{h.itemTitle}</a>
                </td>
                <td>{h.organisationName}</td>
                <td class="sd-number">{h.year}</td>
                <td>
                  <Snippet text={h.snippet} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <Pagination query={query} total={total} pageSize={SEARCH_PAGE_SIZE} />
    </>
  );
}

/** Hits inside one package: a list, since organisation and year are the page's own. */
export function PackageHits({ hits, total, q }: { hits: FileHit[]; total: number; q: string }) {
  return (
    <section aria-labelledby="package-search-results">
      <h3 id="package-search-results" class="h4">
        {total === 0 ? `Ingen filer matcher „${q}“` : `${countNoun(total, 'fil matcher', 'filer matcher')} „${q}“`}
      </h3>
      {total > 0 && (
        <ul class="sd-files">
          {hits.map((h) => (
            <li>
              <a href={`${packagePath(h)}/filer/${h.fileId}`}>{h.fileName}</a>{' '}
              <span class="sd-muted">
                under <a href={`#punkt-${h.itemId}`}>{h.itemTitle}</a>
              </span>
              <br />
              <Snippet text={h.snippet} />
            </li>
          ))}
        </ul>
      )}
      {total > hits.length && <p class="sd-muted">Viser de {formatInteger(hits.length)} bedste.</p>}
    </section>
  );
}
