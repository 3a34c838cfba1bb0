import { SelectField } from '../../../../ui/components.tsx';
import { formatDate, formatInteger } from '../../../../ui/format.ts';
import { Snippet } from '../../../../ui/snippet.tsx';
import { THEME_LABELS, type Theme } from '../../../meetings/index.ts';
import { PUBLIC_SEARCH_PATH } from '../../links.ts';
import { hitHref } from '../hit-href.ts';
import { SEARCH_KINDS, SEARCH_KIND_LABELS } from '../kinds.ts';
import { MAX_QUERY, type SearchParams } from '../schemas.ts';
import type { SearchResult } from '../search.ts';

type Option = { value: string; label: string };

export interface SearchPageData {
  q: string;
  cut: boolean;
  params: SearchParams;
  result: SearchResult;
  municipalities: Option[];
  organisations: Option[];
  years: number[];
}

const pageHref = (d: SearchPageData, page: number) => {
  const s = new URLSearchParams();
  const p = d.params;
  s.set('q', d.q);
  for (const [k, v] of [
    ['kommune', p.kommune],
    ['organisation', p.organisation],
    ['aar', p.aar],
    ['type', p.type],
    ['tema', p.tema],
  ] as const)
    if (v !== undefined) s.set(k, String(v));
  if (page > 1) s.set('page', String(page));
  return `${PUBLIC_SEARCH_PATH}?${s.toString()}`;
};

function Filters({ d }: { d: SearchPageData }) {
  const p = d.params;
  const values = {
    q: d.q,
    kommune: p.kommune ?? '',
    organisation: p.organisation ? String(p.organisation) : '',
    aar: p.aar ? String(p.aar) : '',
    type: p.type ?? '',
    tema: p.tema ?? '',
  };
  return (
    <form method="get" action={PUBLIC_SEARCH_PATH} role="search" aria-label="Søg med filtre" class="sd-filters">
      <div class="form-group">
        <label class="form-label" for="search-q">
          Søgeord
        </label>
        <span class="form-hint" id="search-q-hint">
          Ord bøjes med: „boliger“ finder også „bolig“. Sæt citationstegn om en frase („fleksibel udlejning“), og minus foran et ord, der
          ikke må være med (-parkering).
        </span>
        <input class="form-input input-width-l" type="search" id="search-q" name="q" value={d.q} aria-describedby="search-q-hint" />
      </div>
      <SelectField name="kommune" label="Kommune" values={values} options={d.municipalities} placeholder="Alle kommuner" />
      {d.organisations.length > 0 && (
        <SelectField name="organisation" label="Boligorganisation" values={values} options={d.organisations} placeholder="Alle" />
      )}
      <SelectField
        name="aar"
        label="År"
        values={values}
        options={d.years.map((y) => ({ value: String(y), label: String(y) }))}
        placeholder="Alle år"
      />
      <SelectField
        name="type"
        label="Type"
        values={values}
        options={SEARCH_KINDS.map((k) => ({ value: k, label: SEARCH_KIND_LABELS[k] }))}
        placeholder="Alle typer"
      />
      <SelectField
        name="tema"
        label="Tema"
        values={values}
        options={Object.entries(THEME_LABELS).map(([value, label]) => ({ value, label }))}
        placeholder="Alle temaer"
      />
      <button class="button button-primary" type="submit">
        Søg
      </button>
    </form>
  );
}

function Results({ d }: { d: SearchPageData }) {
  const r = d.result;
  if (r.kind === 'empty') return <p>Skriv et eller flere ord for at søge i alt det, der er offentliggjort.</p>;
  if (r.kind === 'stopwords')
    return (
      <p role="status">
        Søgningen består kun af små, almindelige ord (som „og“ og „i“), som ikke kan søges på. Prøv med et mere sigende ord.
      </p>
    );
  return (
    <section aria-labelledby="hits-heading">
      <h2 id="hits-heading" role="status">
        {r.total === 0
          ? `Ingen resultater for „${d.q}“`
          : `${formatInteger(r.total)} ${r.total === 1 ? 'resultat' : 'resultater'} for „${d.q}“`}
      </h2>
      {r.total === 0 && <p>Prøv med færre ord eller uden filtre.</p>}
      <ol class="sd-hits" start={(r.page - 1) * 20 + 1}>
        {r.hits.map((h) => (
          <li>
            <a href={hitHref(h)}>{h.title}</a>
            <span class="sd-muted">
              {' '}
              · {SEARCH_KIND_LABELS[h.kind]}
              {h.context ? ` · ${h.context}` : ''}
              {h.theme && h.theme in THEME_LABELS ? ` · ${THEME_LABELS[h.theme as Theme]}` : ''}
              {h.sort_date ? ` · ${formatDate(new Date(h.sort_date))}` : h.year ? ` · ${h.year}` : ''}
            </span>
            <br />
            <Snippet text={h.snippet} />
          </li>
        ))}
      </ol>
      {r.pages > 1 && (
        <nav class="sd-actions" aria-label="Sider">
          {r.page > 1 && (
            <a class="button button-secondary" href={pageHref(d, r.page - 1)}>
              Forrige side
            </a>
          )}
          {r.page < r.pages && (
            <a class="button button-secondary" href={pageHref(d, r.page + 1)}>
              Næste side
            </a>
          )}
          <span class="sd-muted">
            Side {r.page} af {r.pages}
          </span>
        </nav>
      )}
    </section>
  );
}

/** The public search page: the words and filters, then the hits with their snippets and the pages. */
export function SearchPage({ d }: { d: SearchPageData }) {
  return (
    <>
      <h1>Søg i det offentlige</h1>
      <p>
        Søg i godkendte referater (uden lukkede punkter), aftaler fra afholdte styringsdialogmøder, udlejningsaftaler i kraft, afdelinger,
        boligorganisationer, fora og kommuner.
      </p>
      <Filters d={d} />
      {d.cut && <p role="status">Søgningen var for lang og er forkortet til de første {MAX_QUERY} tegn.</p>}
      <Results d={d} />
    </>
  );
}
