import type { Child } from 'hono/jsx';
import type { Actor } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { estateLights, redThreeYearsRun } from '../lights/estate-lights.ts';
import { estateKeyFiguresHref } from './estate-page.tsx';
import { organisationKeyFiguresHref } from './links.ts';
import { TrafficLight } from '../../../ui/traffic-light.tsx';

/*
 * What the key figures contribute to other features' pages, handed to them through src/wiring.ts
 * (they must not import this feature): the estate page's latest colour, the organisation and
 * dialogue pages' link.
 */

/** The registry's estate page: the latest overall colour, "rød tre år i træk" when it holds, and the way to the key figures. */
export async function estateKeyFiguresSummary({ db, actor, estateId }: { db: Db; actor: Actor; estateId: number }): Promise<Child> {
  const { lights } = await estateLights(db, { actor, ids: [estateId] });
  const latest = lights.at(-1);
  return (
    <section aria-labelledby="h-key-figures">
      <h2 id="h-key-figures">Nøgletal</h2>
      {latest ? (
        <p>
          Samlet farve {latest.year}: <TrafficLight colour={latest.overall} />
          {redThreeYearsRun(lights, latest.year) && (
            <>
              {' '}
              <strong class="sd-red-run">Rød tre år i træk</strong>
            </>
          )}
        </p>
      ) : (
        <p>Der er ikke indlæst nøgletal for afdelingen endnu.</p>
      )}
      <p>
        <a href={estateKeyFiguresHref(estateId)}>Afdelingens nøgletal, sammenligning og udvikling</a>
      </p>
    </section>
  );
}

/** The organisation page's and the dialogue page's link to the organisation's key figures (no query: the page knows its years). */
export const organisationKeyFiguresLink = (organisationId: number) => ({
  href: organisationKeyFiguresHref(organisationId),
  label: 'Nøgletal for afdelingerne',
});
