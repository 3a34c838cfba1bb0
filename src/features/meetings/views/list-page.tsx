import { formatInteger } from '../../../ui/format.ts';
import { meetingTime } from './parts.tsx';
import { KIND_LABELS, MINUTES_STATUS_LABELS } from '../labels.ts';
import type { listMeetings } from '../list.ts';
import { countNoun } from '../../../lib/plural.ts';
import { Snippet } from '../../../ui/snippet.tsx';
import { ScrollTable } from '../../../ui/table.tsx';

type Data = Awaited<ReturnType<typeof listMeetings>>;

/** A municipality's meetings (base /kommuner/:code/moeder), or all the user's meetings (base /moeder, no code). */
export function MeetingListPage({
  code,
  name,
  data,
  q,
  page,
  pageSize,
  canCreate,
}: {
  code: string | null;
  name: string | null;
  data: Data;
  q: string;
  page: number;
  pageSize: number;
  canCreate: boolean;
}) {
  const pages = Math.max(1, Math.ceil(data.total / pageSize));
  const base = code ? `/kommuner/${code}/moeder` : '/moeder';
  return (
    <>
      <h1>{name ? `Møder i ${name}` : 'Mine møder'}</h1>
      <p class="font-lead">Styringsdialogmøder, fællesmøder og møder i kommunens fora med dagsorden og referat.</p>
      {canCreate && (
        <p>
          <a class="button button-primary" href={`/kommuner/${code}/moeder/nyt`}>
            Opret møde
          </a>{' '}
          <a class="button button-secondary" href={`/kommuner/${code}/moeder/importer`}>
            Importér et referat
          </a>
        </p>
      )}
      <form method="get" action={base} role="search" class="sd-search">
        <div class="form-group">
          <label class="form-label" for="field-q">
            Søg i dagsordener og referater
          </label>
          <span class="form-hint" id="hint-q">
            Fx socialvicevært, „fleksibel udlejning“ eller Agerhønevej.
          </span>
          <input class="form-input input-width-l" type="search" id="field-q" name="q" value={q} aria-describedby="hint-q" />
        </div>
        <button class="button button-secondary" type="submit">
          Søg
        </button>
      </form>
      {data.hits && (
        <section aria-labelledby="hits-heading">
          <h2 id="hits-heading">
            {data.hits.length === 0
              ? `Ingen punkter matcher „${q}“`
              : `${countNoun(data.hits.length, 'punkt matcher', 'punkter matcher')} „${q}“`}
          </h2>
          <ul class="sd-hits">
            {data.hits.map((h) => (
              <li>
                <a href={`/moeder/${h.meetingId}/punkter/${h.itemId}`}>{h.itemTitle}</a>
                {h.closed && <span class="sd-badge"> Lukket punkt</span>}
                <span class="sd-muted">
                  {' '}
                  – {h.meetingTitle}, {meetingTime(h.startsAt)}
                </span>
                <p class="sd-excerpt">
                  <Snippet text={h.excerpt} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>Alle møder ({formatInteger(data.total)})</h2>
      {data.rows.length === 0 ? (
        <p>Der er ingen møder endnu.</p>
      ) : (
        <ScrollTable label="Møder">
          <table class="table table--zebra">
            <thead>
              <tr>
                <th scope="col">Møde</th>
                {!code && <th scope="col">Kommune</th>}
                <th scope="col">Type</th>
                <th scope="col">Med</th>
                <th scope="col">Tidspunkt</th>
                <th scope="col" class="sd-num">
                  Punkter
                </th>
                <th scope="col">Referat</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((m) => (
                <tr>
                  <td>
                    <a href={`/moeder/${m.id}`}>{m.title}</a>
                  </td>
                  {!code && <td>{m.municipalityName}</td>}
                  <td>{KIND_LABELS[m.kind]}</td>
                  <td>{m.organisationName ?? m.forumName ?? 'Alle boligorganisationer'}</td>
                  <td>{meetingTime(m.startsAt)}</td>
                  <td class="sd-num">{formatInteger(m.items)}</td>
                  <td>{MINUTES_STATUS_LABELS[m.minutesStatus]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {pages > 1 && (
        <nav aria-label="Sider" class="sd-pager">
          {page > 1 && <a href={`${base}?side=${page - 1}`}>Forrige side</a>}{' '}
          <span>
            Side {page} af {pages}
          </span>{' '}
          {page < pages && <a href={`${base}?side=${page + 1}`}>Næste side</a>}
        </nav>
      )}
    </>
  );
}
