import { formatInteger } from '../../../ui/format.ts';
import { OrganisationsTable } from '../../registry/index.ts';
import { organisationHref } from '../links.ts';
import type { PublicDownloadLink } from '../downloads.ts';
import type { PublicMunicipality } from '../read.ts';
import { CouncilReportsList } from './documents.tsx';
import { LettingTable, MinutesTable } from './parts.tsx';

/** A municipality's public page: organisations under its supervision, its fora, approved minutes and letting agreements in force. */
export function MunicipalityPage({ p, downloads }: { p: PublicMunicipality; downloads: PublicDownloadLink[] }) {
  const m = p.municipality;
  return (
    <>
      <h1>{m.name}</h1>
      <p class="font-lead">
        Styringsdialogen mellem {m.name} og de almene boligorganisationer: godkendte referater, aftaler og udlejningsaftaler.
      </p>
      <p>
        Kommunekode {m.code} · {m.regionName}
      </p>
      <section aria-labelledby="h-organisations">
        <h2 id="h-organisations">Boligorganisationer under tilsyn</h2>
        {p.organisations.length === 0 ? (
          <p>Der er endnu ikke registreret boligorganisationer i kommunen.</p>
        ) : (
          <OrganisationsTable
            label={`Boligorganisationer under tilsyn i ${m.name}`}
            rows={p.organisations}
            href={(o) => organisationHref(m.code, o.id)}
          />
        )}
      </section>
      <section aria-labelledby="h-fora">
        <h2 id="h-fora">Fora</h2>
        {p.fora.length === 0 ? (
          <p>Kommunen har ingen registrerede fora.</p>
        ) : (
          <ul>
            {p.fora.map((f) => (
              <li>
                <a href={`/fora/${f.id}`}>{f.name}</a>
                {f.meetingsPerYear !== null && ` · ${formatInteger(f.meetingsPerYear)} møder om året`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-minutes">
        <h2 id="h-minutes">Godkendte referater</h2>
        <MinutesTable rows={p.minutes} label={`Godkendte referater i ${m.name}`} />
      </section>
      <section aria-labelledby="h-council-reports">
        <h2 id="h-council-reports">Redegørelser til kommunalbestyrelsen</h2>
        <CouncilReportsList rows={p.councilReports} code={m.code} />
      </section>
      <section aria-labelledby="h-letting">
        <h2 id="h-letting">Udlejningsaftaler i kraft</h2>
        <LettingTable rows={p.letting} label={`Udlejningsaftaler i kraft i ${m.name}`} />
      </section>
      {downloads.length > 0 && (
        <section aria-labelledby="h-open-data">
          <h2 id="h-open-data">Åbne data</h2>
          <ul>
            {downloads.map((d) => (
              <li>
                <a href={d.href}>{d.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
