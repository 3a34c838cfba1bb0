import { PUBLIC_SEARCH_PATH } from '../links.ts';

/** The search box at the top of every public page: a search landmark with a visible label. */
export function PublicSearchBox({ q = '' }: { q?: string }) {
  return (
    <form method="get" action={PUBLIC_SEARCH_PATH} role="search" aria-label="Søg i det offentlige" class="sd-search">
      <div class="form-group">
        <label class="form-label" for="public-search-q">
          Søg i referater, aftaler, afdelinger og boligorganisationer
        </label>
        <input class="form-input input-width-l" type="search" id="public-search-q" name="q" value={q} maxlength={1000} />
      </div>
      <button class="button button-secondary" type="submit">
        Søg
      </button>
    </form>
  );
}

/** "Find din afdeling": the public search limited to estates (by name, number or address), for the front page. */
export function FindEstateBox() {
  return (
    <form method="get" action={PUBLIC_SEARCH_PATH} role="search" aria-label="Find din afdeling" class="sd-search">
      <input type="hidden" name="type" value="afdeling" />
      <div class="form-group">
        <label class="form-label" for="find-estate-q">
          Find din afdeling
        </label>
        <div class="form-hint" id="find-estate-hint">
          Skriv afdelingens navn, nummer, adresse eller by.
        </div>
        <input
          class="form-input input-width-l"
          type="search"
          id="find-estate-q"
          name="q"
          maxlength={1000}
          aria-describedby="find-estate-hint"
        />
      </div>
      <button class="button button-secondary" type="submit">
        Find afdeling
      </button>
    </form>
  );
}
