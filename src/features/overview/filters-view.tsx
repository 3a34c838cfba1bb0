import { type ListQuery } from '../../ui/components.tsx';
import { STAGE_LABELS, STAGES } from '../dialogue/index.ts';

export function OverviewFilters({
  action,
  query,
  hidden = {},
}: {
  action: string;
  query: ListQuery;
  hidden?: Record<string, string | undefined>;
}) {
  return (
    <form method="get" action={action} class="sd-filters" role="search" aria-label="Filtrér oversigten">
      {Object.entries(hidden).map(([k, v]) => v && <input type="hidden" name={k} value={v} />)}
      <div class="form-group">
        <label class="form-label" for="filter-q">
          Søg boligorganisation
        </label>
        <input class="form-input" id="filter-q" name="q" type="search" value={query.q ?? ''} />
      </div>
      <div class="form-group">
        <label class="form-label" for="filter-fase">
          Fase
        </label>
        <select class="form-select" id="filter-fase" name="fase">
          <option value="">Alle</option>
          {STAGES.map((s) => (
            <option value={s} selected={query.fase === s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
          <option value="ikke_i_aar" selected={query.fase === 'ikke_i_aar'}>
            Ikke i år
          </option>
        </select>
      </div>
      <div class="form-group">
        <div class="form-group-checkbox">
          <input
            class="form-checkbox"
            type="checkbox"
            id="filter-overskredet"
            name="overskredet"
            value="1"
            checked={query.overskredet === '1'}
          />
          <label class="form-label" for="filter-overskredet">
            Kun overskredne frister
          </label>
        </div>
      </div>
      <div class="form-group">
        <div class="form-group-checkbox">
          <input class="form-checkbox" type="checkbox" id="filter-roede" name="roede" value="1" checked={query.roede === '1'} />
          <label class="form-label" for="filter-roede">
            Kun med røde afdelinger
          </label>
        </div>
      </div>
      <div class="form-group">
        <div class="form-group-checkbox">
          <input class="form-checkbox" type="checkbox" id="filter-roed3" name="roed3" value="1" checked={query.roed3 === '1'} />
          <label class="form-label" for="filter-roed3">
            Kun med rød tre år i træk
          </label>
        </div>
      </div>
      {query.sort && <input type="hidden" name="sort" value={String(query.sort)} />}
      {query.dir === 'desc' && <input type="hidden" name="dir" value="desc" />}
      <button type="submit" class="button button-secondary">
        Filtrér
      </button>
    </form>
  );
}
