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
