import { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { DescriptionList } from '../../../ui/components.tsx';
import { notFound } from '../../../lib/errors.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { formatInteger } from '../../../ui/format.ts';
import { page } from '../../../ui/render.tsx';
import { getMunicipality, listMunicipalities, publicOrganisationsOf } from '../municipalities.ts';
import { ScrollTable } from '../../../ui/table.tsx';
import { MunicipalityAreas } from '../views/municipality-areas.tsx';
import { OrganisationsTable } from '../views/organisations-table.tsx';

/** Public pages: the 98 municipalities and the organisations each supervises. No login. */
export const municipalityRoutes = new Hono<AppEnv>();

municipalityRoutes.get('/kommuner', async (c) => {
  const rows = await listMunicipalities(c.var.deps.db);
  const regions = [...new Set(rows.map((r) => r.regionName))].sort();
  return page(
    c,
    'Kommuner',
    <>
      <h1>Kommuner</h1>
      <p class="font-lead">De 98 kommuner fører tilsyn med de almene boligorganisationer, der har hjemsted i kommunen.</p>
      {regions.map((region) => (
        <section>
          <h2>{region}</h2>
          <ScrollTable label={`Kommuner i ${region}`}>
            <table class="table table--zebra table--compact">
              <caption class="sr-only">{`Kommuner i ${region}`}</caption>
              <thead>
                <tr>
                  <th scope="col">Kommune</th>
                  <th scope="col">Kode</th>
                  <th scope="col" class="sd-number">
                    Boligorganisationer
                  </th>
                  <th scope="col" class="sd-number">
                    Afdelinger
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows
                  .filter((r) => r.regionName === region)
                  .map((r) => (
                    <tr>
                      <td>
                        <a href={`/kommuner/${r.code}`}>{r.name}</a>
                      </td>
                      <td>{r.code}</td>
                      <td class="sd-number">{formatInteger(r.organisations)}</td>
                      <td class="sd-number">{formatInteger(r.estates)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      ))}
    </>,
    { crumbs: [{ label: 'Forside', href: '/' }, { label: 'Kommuner' }], section: 'municipalities' },
  );
});

municipalityRoutes.get('/kommuner/:code', async (c) => {
  const code = c.req.param('code');
  const municipality = /^\d{4}$/.test(code) ? await getMunicipality(c.var.deps.db, code) : null;
  if (!municipality) throw notFound('Kommunen');
  const [organisations, areas] = await Promise.all([
    publicOrganisationsOf(c.var.deps.db, c.var.actor, code),
    // The housing areas under monitoring are key figures' (not public): shown to those who may see them.
    c.var.deps.wiring.municipalityAreas({ db: c.var.deps.db, actor: c.var.actor, municipalityCode: code }),
  ]);
  // Lines other features put on the page (letting agreements), for the viewers they are meant for.
  const links = c.var.deps.wiring.municipalityLinks.flatMap((link) => link({ actor: c.var.actor, municipalityCode: code }) ?? []);
  return page(
    c,
    [municipality.name, 'Kommuner'],
    <>
      <h1>{municipality.name}</h1>
      <p>
        Kommunekode {municipality.code} · {municipality.regionName}
      </p>
      {links.length > 0 && <DescriptionList items={links.map((l): [string, Child] => [l.term, <a href={l.href}>{l.label}</a>])} />}
      <h2>Boligorganisationer under tilsyn</h2>
      {organisations.length === 0 ? (
        <p>Der er endnu ikke registreret boligorganisationer i kommunen.</p>
      ) : (
        <OrganisationsTable
          label={`Boligorganisationer i ${municipality.name}`}
          rows={organisations}
          href={(o) => (o.canOpen ? `/boligorganisationer/${o.id}` : null)}
        />
      )}
      {areas && <MunicipalityAreas areas={areas} />}
    </>,
    {
      crumbs: [{ label: 'Forside', href: '/' }, { label: 'Kommuner', href: '/kommuner' }, { label: municipality.shortName }],
      section: 'municipalities',
    },
  );
});
