import type { Direction, IndicatorLevel, RuleKind } from '../tables.ts';

/*
 * What a new installation starts with. The admin edits the catalogue and the default rules
 * afterwards; seeding never overwrites an edit (it only adds what is missing).
 */

export interface IndicatorDefault {
  code: string;
  name: string;
  description: string;
  unit: string;
  level: IndicatorLevel;
  direction: Direction;
  decimals: number;
}

export const DEFAULT_INDICATORS: IndicatorDefault[] = [
  {
    code: 'boliger',
    name: 'Antal boliger',
    description: 'Boliger i afdelingen ifølge kilden.',
    unit: 'boliger',
    level: 'estate',
    direction: 'none',
    decimals: 0,
  },
  {
    code: 'areal',
    name: 'Areal',
    description: 'Bruttoetageareal til beboelse ifølge kilden.',
    unit: 'm²',
    level: 'estate',
    direction: 'none',
    decimals: 0,
  },
  {
    code: 'husleje',
    name: 'Husleje pr. m²',
    description: 'Den gennemsnitlige årlige husleje pr. m² bolig. Høj husleje kræver omtanke før nye stigninger.',
    unit: 'kr./m²/år',
    level: 'estate',
    direction: 'lower',
    decimals: 0,
  },
  {
    code: 'henlaeggelser',
    name: 'Henlæggelser pr. m²',
    description: 'Årets henlæggelser til planlagt og periodisk vedligeholdelse og fornyelse pr. m². 200 kr./m²/år er et udbredt mål.',
    unit: 'kr./m²/år',
    level: 'estate',
    direction: 'higher',
    decimals: 0,
  },
  {
    code: 'aarets_resultat',
    name: 'Årets resultat',
    description: 'Overskud (+) eller underskud (−) i årets regnskab. Et underskud skal afvikles inden for tre år.',
    unit: 'kr.',
    level: 'estate',
    direction: 'higher',
    decimals: 0,
  },
  {
    code: 'opsamlet_resultat',
    name: 'Opsamlet resultat',
    description: 'Akkumuleret over- eller underskud ved årets udgang.',
    unit: 'kr.',
    level: 'estate',
    direction: 'higher',
    decimals: 0,
  },
  {
    code: 'tomgang_dage',
    name: 'Tomgang',
    description: 'Dage med tomme boliger i året, i alt for afdelingen.',
    unit: 'dage',
    level: 'estate',
    direction: 'lower',
    decimals: 0,
  },
  {
    code: 'tomgangstab',
    name: 'Tab ved tomgang',
    description: 'Lejeindtægt tabt på tomme boliger i året.',
    unit: 'kr.',
    level: 'estate',
    direction: 'lower',
    decimals: 0,
  },
  {
    code: 'lejetab',
    name: 'Lejetab ved fraflytning',
    description: 'Tab på fraflyttede lejere (uerholdelige krav) i året.',
    unit: 'kr.',
    level: 'estate',
    direction: 'lower',
    decimals: 0,
  },
  {
    code: 'fraflytning',
    name: 'Fraflytningsprocent',
    description: 'Fraflytninger i året i procent af boligerne (flytninger internt i boligorganisationen medregnes ikke).',
    unit: '%',
    level: 'estate',
    direction: 'lower',
    decimals: 1,
  },
  {
    code: 'venteliste',
    name: 'Personer på ventelisten',
    description: 'Personer på den eksterne venteliste til afdelingen ved årets udgang.',
    unit: 'personer',
    level: 'estate',
    direction: 'higher',
    decimals: 0,
  },
  {
    code: 'effektivitetstal',
    name: 'Effektivitetstal',
    description:
      'Afdelingens faktiske driftsudgifter på en fast kreds af konti sammenholdt med de modelberegnede udgifter for en sammenlignelig afdeling, ×100, som Landsbyggefonden offentliggør det. Over 100 er mere effektivt end sammenlignelige afdelinger. Importeres; beregnes ikke her.',
    unit: 'indeks',
    level: 'estate',
    direction: 'higher',
    decimals: 0,
  },
  {
    code: 'dispositionsfond_bolig',
    name: 'Dispositionsfond pr. bolig',
    description: 'Boligorganisationens disponible dispositionsfond pr. bolig ved årets udgang.',
    unit: 'kr./bolig',
    level: 'organisation',
    direction: 'higher',
    decimals: 0,
  },
  {
    code: 'arbejdskapital_bolig',
    name: 'Arbejdskapital pr. bolig',
    description: 'Boligorganisationens arbejdskapital pr. bolig ved årets udgang.',
    unit: 'kr./bolig',
    level: 'organisation',
    direction: 'higher',
    decimals: 0,
  },
];

export interface RuleDefault {
  indicatorCode: string;
  kind: RuleKind;
  yellow: number;
  red: number;
}

/**
 * Absolute thresholds where practice names one (200 kr./m²/år; a deficit is "røde tal"; the
 * efficiency figure "75 (gul) to 98 (grøn)"), relative ones (the worst 10 % / 25 % of comparable
 * estates) where only the comparison says anything.
 */
export const DEFAULT_RULES: RuleDefault[] = [
  { indicatorCode: 'henlaeggelser', kind: 'absolute', yellow: 200, red: 100 },
  { indicatorCode: 'aarets_resultat', kind: 'absolute', yellow: 0, red: 0 },
  { indicatorCode: 'opsamlet_resultat', kind: 'absolute', yellow: 0, red: 0 },
  { indicatorCode: 'effektivitetstal', kind: 'absolute', yellow: 90, red: 70 },
  { indicatorCode: 'fraflytning', kind: 'absolute', yellow: 15, red: 25 },
  { indicatorCode: 'husleje', kind: 'relative', yellow: 25, red: 10 },
  { indicatorCode: 'tomgang_dage', kind: 'relative', yellow: 25, red: 10 },
  { indicatorCode: 'lejetab', kind: 'relative', yellow: 25, red: 10 },
];

/**
 * The thresholds of almenboligloven § 61 a and § 61 b as they apply from 2021 (shares in per
 * cent, convictions as a multiple of the national average, income as per cent of the region's).
 * A later change of the law is a new set with its own year, not an edit of these.
 */
export const DEFAULT_THRESHOLDS: { validFrom: number; key: string; value: number }[] = [
  ['min_residents', 1000],
  ['udsat.criteria', 2],
  ['udsat.outside_work', 40],
  ['udsat.convictions', 3],
  ['udsat.primary_school', 60],
  ['udsat.income', 55],
  ['parallel.non_western', 50],
  ['omdannelse.years', 5],
  ['forebyggelse.criteria', 2],
  ['forebyggelse.non_western', 30],
  ['forebyggelse.outside_work', 30],
  ['forebyggelse.convictions', 2],
  ['forebyggelse.primary_school', 60],
  ['forebyggelse.income', 65],
].map(([key, value]) => ({ validFrom: 2021, key: key as string, value: value as number }));
