import { type ListQuery } from '../../../ui/components.tsx';

type Option = { value: string; label: string };

/** Search, municipality and status filters of a registry list: a GET form that works without JS. */
export function ListFilters({
  action,
  query,
  municipalities,
  searchLabel,
}: {
  action: string;
  query: ListQuery;
  municipalities?: Option[];
  searchLabel: string;
}) {
  return (
    <form method="get" action={action} class="sd-filters" role="search">
      <div class="form-group">
        <label class="form-label" for="filter-q">
          {searchLabel}
        </label>
        <input class="form-input" id="filter-q" name="q" type="search" value={query.q ?? ''} />
      </div>
      {municipalities && (
        <div class="form-group">
          <label class="form-label" for="filter-kommune">
            Kommune
          </label>
          <select class="form-select" id="filter-kommune" name="kommune">
            <option value="">Alle</option>
            {municipalities.map((m) => (
              <option value={m.value} selected={m.value === query.kommune}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="form-group">
        <label class="form-label" for="filter-status">
          Status
        </label>
        <select class="form-select" id="filter-status" name="status">
          {[
            ['aktive', 'Aktive'],
            ['inaktive', 'Deaktiverede'],
            ['alle', 'Alle'],
          ].map(([v, l]) => (
            <option value={v} selected={query.status === v}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <input type="hidden" name="sort" value={String(query.sort ?? '')} />
      <input type="hidden" name="dir" value={query.dir} />
      <button type="submit" class="button button-secondary">
        Filtrér
      </button>
    </form>
  );
}
