import { DescriptionList } from '../../../ui/components.tsx';
import { formatInteger } from '../../../ui/format.ts';
import { ScrollTable } from '../../../ui/table.tsx';
import { TrafficLight } from '../../../ui/traffic-light.tsx';
import { TrendFigure } from '../../key-figures/index.ts';
import { municipalityHref, organisationHref } from '../links.ts';
import type { PublicEstate } from '../read.ts';
import { AgreementsTable, LettingTable } from './parts.tsx';

/**
 * An estate's public page: key figures with traffic lights of the years whose dialogue meeting is
 * held, their development as charts over those years, and the agreements concerning it.
 */
export function EstatePage({ p, figuresHref }: { p: PublicEstate; figuresHref: string }) {
  const e = p.estate;
  const address = [e.address, [e.postalCode, e.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <>
      <h1>{`Afdeling ${e.number} ${e.name}`}</h1>
      <DescriptionList
        items={[
          ['Boligorganisation', <a href={organisationHref(e.supervisorCode, e.organisationId)}>{e.organisationName}</a>],
          ['Adresse', address || '–'],
          ['Kommune', <a href={municipalityHref(e.municipalityCode)}>{e.municipalityName}</a>],
          ['Boliger', formatInteger(e.homes)],
          ['Opført', e.yearBuilt ? String(e.yearBuilt) : '–'],
        ]}
      />
      <section aria-labelledby="h-figures">
        <h2 id="h-figures">Nøgletal</h2>
        <p>Nøgletallene vises for de år, hvor styringsdialogmødet er holdt. Farverne følger tilsynskommunens regler.</p>
        {p.figures.length === 0 ? (
          <p>Der er ingen offentliggjorte nøgletal for afdelingen.</p>
        ) : (
          p.figures.map((y) => (
            <section aria-labelledby={`h-figures-${y.year}`}>
              <h3 id={`h-figures-${y.year}`}>{y.year}</h3>
              <p>
                Samlet farve: <TrafficLight colour={y.overall} />
              </p>
              <ScrollTable label={`Nøgletal ${y.year} for afdeling ${e.number} ${e.name}`}>
                <table class="table table--zebra">
                  <thead>
                    <tr>
                      <th scope="col">Nøgletal</th>
                      <th scope="col" class="sd-number">
                        Værdi
                      </th>
                      <th scope="col">Farve</th>
                    </tr>
                  </thead>
                  <tbody>
                    {y.figures.map((f) => (
                      <tr>
                        <td>{f.name}</td>
                        <td class="sd-number">{f.value}</td>
                        <td>
                          <TrafficLight colour={f.colour} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            </section>
          ))
        )}
      </section>
      {p.trends.length === 0 && p.figures.length > 0 && (
        <p>Udviklingen i nøgletallene vises som diagrammer, når der er offentliggjorte tal for mindst to år.</p>
      )}
      {p.trends.length > 0 && (
        <section aria-labelledby="h-trends">
          <h2 id="h-trends">Udvikling i nøgletallene</h2>
          <p>
            Afdelingens egne tal år for år, for de år hvor styringsdialogmødet er holdt. Under hvert diagram kan du se tallene som tabel og
            hente dem som CSV.
          </p>
          <div class="sd-trends">
            {p.trends.map((t) => (
              <TrendFigure trend={t} base={figuresHref} />
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="h-agreements">
        <h2 id="h-agreements">Aftaler om afdelingen</h2>
        <AgreementsTable rows={p.agreements} label={`Aftaler om afdeling ${e.number} ${e.name}`} />
      </section>
      <section aria-labelledby="h-letting">
        <h2 id="h-letting">Udlejningsaftaler i kraft</h2>
        <LettingTable rows={p.letting.map((l) => ({ ...l, estates: [] }))} label={`Udlejningsaftaler i kraft for afdeling ${e.number}`} />
      </section>
    </>
  );
}
