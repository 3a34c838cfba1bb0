import { TrafficLight } from '../../../../ui/traffic-light.tsx';
import type { IndicatorRules } from '../rules.ts';
import { DefaultRulesTable, MunicipalityRulesTable } from './rule-table.tsx';

/** The three colours with their meaning: the legend of every rule page. */
function Legend() {
  return (
    <ul class="sd-legend" aria-label="Farverne">
      <li>
        <TrafficLight colour="green" /> tallet er i orden
      </li>
      <li>
        <TrafficLight colour="yellow" /> hold øje med tallet
      </li>
      <li>
        <TrafficLight colour="red" /> tallet kræver opfølgning
      </li>
    </ul>
  );
}

/** "How are colours decided": the default rules in words, for everyone logged in; admins change them here. */
export function DefaultRulesPage({
  rows,
  canEdit,
  ownMunicipality,
}: {
  rows: IndicatorRules[];
  canEdit: boolean;
  ownMunicipality: { code: string; name: string } | null;
}) {
  return (
    <>
      <h1>Sådan bestemmes trafiklysene</h1>
      <p class="font-lead">
        Hvert nøgletal, hvor et højt eller et lavt tal er godt, får en farve efter en regel. Farven står altid sammen med et ord og et
        symbol.
      </p>
      <Legend />
      <h2>To slags regler</h2>
      <ul>
        <li>
          <strong>Absolutte grænser</strong>: tallet sammenlignes med faste værdier, fx gul under 200 kr./m²/år og rød under 100 kr./m²/år
          for henlæggelser. Et tal lige på grænsen får den bedste af de to farver.
        </li>
        <li>
          <strong>Andel af sammenlignelige afdelinger</strong>: afdelingen sammenlignes med afdelinger med samme slags boliger, størrelse,
          region og byggeperiode, fx rød for de dårligste 10 %.
        </li>
      </ul>
      <h2>Afdelingens samlede farve og rød tre år i træk</h2>
      <p>Afdelingens samlede farve er den dårligste af dens farver: ét rødt nøgletal gør afdelingen rød.</p>
      <p>
        Er årets resultat eller den samlede farve rød tre år i træk, bliver boligorganisationen bedt om en handlingsplan for afdelingen.
        Planen står på styringsdialogen, indtil kommunen har behandlet den.
      </p>
      <h2>Kommunernes egne regler</h2>
      <p>
        Reglerne herunder er standardreglerne. En kommune kan sætte sine egne regler for de boligorganisationer, den fører tilsyn med; så
        gælder kommunens regel i stedet.
        {ownMunicipality && (
          <>
            {' '}
            <a href={`/kommuner/${ownMunicipality.code}/trafiklys`}>Se {ownMunicipality.name}s regler</a>.
          </>
        )}
      </p>
      <DefaultRulesTable rows={rows} canEdit={canEdit} />
    </>
  );
}

/** A municipality's own rules beside the defaults; its editors set and remove them here. */
export function MunicipalityRulesPage({
  rows,
  municipality,
  canEdit,
}: {
  rows: IndicatorRules[];
  municipality: { code: string; name: string };
  canEdit: boolean;
}) {
  const own = rows.filter((r) => r.own).length;
  return (
    <>
      <h1>Regler for trafiklys i {municipality.name}</h1>
      <p class="font-lead">
        {municipality.name}s egne regler farver nøgletallene for de afdelinger, hvis boligorganisation kommunen fører tilsyn med. Hvor
        kommunen ikke har sin egen regel, gælder standardreglen.
      </p>
      <Legend />
      <p>
        {own === 0
          ? `${municipality.name} bruger standardreglerne for alle nøgletal.`
          : `${municipality.name} har egne regler for ${own === 1 ? 'ét nøgletal' : `${own} nøgletal`}.`}{' '}
        <a href="/noegletal/trafiklys">Sådan bestemmes trafiklysene</a>
      </p>
      <MunicipalityRulesTable rows={rows} code={municipality.code} municipalityName={municipality.name} canEdit={canEdit} />
    </>
  );
}
