import type { Child } from 'hono/jsx';
import { DescriptionList } from '../../../ui/components.tsx';
import { formatInteger } from '../../../ui/format.ts';
import { ScrollTable } from '../../../ui/table.tsx';
import { estateHref, municipalityHref } from '../links.ts';
import type { PublicOrganisation } from '../read.ts';
import { DocumentVersions } from './documents.tsx';
import { AgreementsTable, LettingTable, MinutesTable } from './parts.tsx';

/** A housing organisation's public page: estates, its dialogues by year (approved minutes, agreements with status), letting agreements in force. */
export function OrganisationPage({ p }: { p: PublicOrganisation }) {
  const o = p.organisation;
  const address = [o.address, [o.postalCode, o.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <>
      <h1>{o.name}</h1>
      <DescriptionList
        items={[
          ['LBF-nr.', String(o.lbfNumber)],
          ['Adresse', address || '–'],
          ['Tilsynskommune', <a href={municipalityHref(o.municipalityCode)}>{o.municipalityName}</a>],
          ['Administration', o.administratorName ?? '–'],
          ...(o.website ? [['Hjemmeside', <a href={o.website}>{o.website}</a>] as [string, Child]] : []),
        ]}
      />
      <section aria-labelledby="h-estates">
        <h2 id="h-estates">Afdelinger</h2>
        {p.estates.length === 0 ? (
          <p>Der er ikke registreret afdelinger.</p>
        ) : (
          <ScrollTable label={`Afdelinger i ${o.name}`}>
            <table class="table table--zebra">
              <thead>
                <tr>
                  <th scope="col" class="sd-number">
                    Nr.
                  </th>
                  <th scope="col">Afdeling</th>
                  <th scope="col">By</th>
                  <th scope="col" class="sd-number">
                    Boliger
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.estates.map((e) => (
                  <tr>
                    <td class="sd-number">{e.number}</td>
                    <td>
                      <a href={estateHref(o.municipalityCode, o.id, e.id)}>{e.name}</a>
                    </td>
                    <td>{e.city ?? '–'}</td>
                    <td class="sd-number">{formatInteger(e.homes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
      <section aria-labelledby="h-dialogues">
        <h2 id="h-dialogues">Styringsdialogen år for år</h2>
        {p.dialogues.length === 0 ? (
          <p>Der er endnu ikke holdt et styringsdialogmøde, som kan offentliggøres.</p>
        ) : (
          p.dialogues.map((d) => (
            <section aria-labelledby={`h-year-${d.year}`}>
              <h3 id={`h-year-${d.year}`}>Styringsdialog {d.year}</h3>
              <h4>Aftaledokument</h4>
              <DocumentVersions rows={d.documents} code={o.municipalityCode} />
              <h4>Referater</h4>
              <MinutesTable rows={d.minutes} label={`Godkendte referater ${d.year}`} showWith={false} />
              <h4>Aftaler og mål</h4>
              <AgreementsTable
                rows={d.agreements}
                label={`Aftaler og mål ${d.year}`}
                estates={(a) => (d.agreements.find((x) => x.id === a.id)?.estates ?? []).map((e) => `${e.number} ${e.name}`).join(', ')}
              />
            </section>
          ))
        )}
      </section>
      <section aria-labelledby="h-letting">
        <h2 id="h-letting">Udlejningsaftaler i kraft</h2>
        <LettingTable rows={p.letting} label={`Udlejningsaftaler i kraft for ${o.name}`} />
      </section>
    </>
  );
}
