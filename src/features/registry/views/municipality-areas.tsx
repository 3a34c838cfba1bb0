import type { Wiring } from '../../../wiring.ts';

type Summary = NonNullable<Awaited<ReturnType<Wiring['municipalityAreas']>>>;

/** The municipality's housing areas under monitoring (§ 61 a/b), as key figures summarise them for the caller. */
export function MunicipalityAreas({ areas }: { areas: Summary }) {
  return (
    <section>
      <h2>Boligområder under overvågning</h2>
      {areas.areas.length === 0 ? (
        <p>Der er ingen boligområder under overvågning.</p>
      ) : (
        <ul>
          {areas.areas.map((a) => (
            <li>
              <a href={a.href}>{a.name}</a>: {a.status}
              {areas.year !== null && ` efter tallene for ${areas.year}`}
              {a.warnings > 0 && ' · tidlig varsel'}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={areas.href}>Status, kriterier og tidlig varsel for kommunens boligområder</a>
      </p>
    </section>
  );
}
