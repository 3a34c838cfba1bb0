import { ConfirmLink } from '../../../../ui/confirm.tsx';
import { ScrollTable } from '../../../../ui/table.tsx';
import { TrafficLight } from '../../../../ui/traffic-light.tsx';
import type { IndicatorRules } from '../rules.ts';
import { DIRECTION_WORDS, ruleInWords } from '../rule-words.ts';

/*
 * The rules as tables: the defaults for everyone ("how are colours decided"), and a
 * municipality's own beside them, with the actions the viewer may take.
 */

const NO_DIRECTION = 'Ingen farve: hverken højt eller lavt er godt.';

/** The default rule of each indicator, in words; admins get the links to change them. */
export function DefaultRulesTable({ rows, canEdit }: { rows: IndicatorRules[]; canEdit: boolean }) {
  return (
    <ScrollTable label="Standardregler for trafiklys">
      <table class="table table--zebra">
        <caption>Standardregler for trafiklys</caption>
        <thead>
          <tr>
            <th scope="col">Nøgletal</th>
            <th scope="col">Godt er</th>
            <th scope="col">Regel</th>
            {canEdit && <th scope="col">Handling</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                {r.name} <span class="sd-muted">({r.unit})</span>
              </th>
              <td>{DIRECTION_WORDS[r.direction]}</td>
              <td>{r.direction === 'none' ? NO_DIRECTION : r.standard ? ruleInWords(r.standard, r) : 'Ingen regel: får ingen farve.'}</td>
              {canEdit && (
                <td>
                  {r.direction !== 'none' && (
                    <span class="sd-actions">
                      <a href={`/noegletal/trafiklys/${r.code}`}>
                        {r.standard ? 'Ret' : 'Sæt regel'}
                        <span class="sr-only"> for {r.name}</span>
                      </a>
                      {r.standard && (
                        <ConfirmLink
                          small
                          href={`/noegletal/trafiklys/${r.code}/fjern`}
                          label="Fjern"
                          hiddenLabel={`reglen for ${r.name}`}
                        />
                      )}
                    </span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** The default and the municipality's own rule side by side, and which of them colours its estates. */
export function MunicipalityRulesTable({
  rows,
  code,
  municipalityName,
  canEdit,
}: {
  rows: IndicatorRules[];
  code: string;
  municipalityName: string;
  canEdit: boolean;
}) {
  const caption = `Regler for trafiklys i ${municipalityName}`;
  return (
    <ScrollTable label={caption}>
      <table class="table table--zebra">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Nøgletal</th>
            <th scope="col">Standardregel</th>
            <th scope="col">Kommunens egen regel</th>
            <th scope="col">Gælder</th>
            {canEdit && <th scope="col">Handling</th>}
          </tr>
        </thead>
        <tbody>
          {rows
            .filter((r) => r.direction !== 'none')
            .map((r) => (
              <tr>
                <th scope="row">
                  {r.name} <span class="sd-muted">({DIRECTION_WORDS[r.direction].toLowerCase()})</span>
                </th>
                <td>{r.standard ? ruleInWords(r.standard, r) : 'Ingen regel'}</td>
                <td>{r.own ? ruleInWords(r.own, r) : <span class="sd-muted">Ingen – standardreglen gælder</span>}</td>
                <td>{r.own ? <strong>Kommunens egen</strong> : r.standard ? 'Standardreglen' : <TrafficLight colour={null} />}</td>
                {canEdit && (
                  <td>
                    <span class="sd-actions">
                      <a href={`/kommuner/${code}/trafiklys/${r.code}`}>
                        {r.own ? 'Ret egen regel' : 'Sæt egen regel'}
                        <span class="sr-only"> for {r.name}</span>
                      </a>
                      {r.own && (
                        <ConfirmLink
                          small
                          href={`/kommuner/${code}/trafiklys/${r.code}/standard`}
                          label="Brug standardreglen"
                          hiddenLabel={`for ${r.name}`}
                        />
                      )}
                    </span>
                  </td>
                )}
              </tr>
            ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
