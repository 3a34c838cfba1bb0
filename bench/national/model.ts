import { readMunicipalities } from '../../src/features/registry/municipalities.ts';
import { DEFAULT_INDICATORS } from '../../src/features/key-figures/catalogue/defaults.ts';
import { Random, clamp } from './random.ts';

/*
 * A synthetic but plausible national registry with twelve years of key figures: the 98 real
 * municipalities, ~550 housing organisations, ~8,500 estates. Distributions follow what the
 * seeds and Landsbyggefonden's published figures show: most estates are small (median ~55
 * homes, 10–1,500), henlæggelser around 150 ± 80 kr./m², effektivitetstal 60–130, a few
 * estates with deficits three years running, and some housing areas near the § 61 a thresholds.
 */

export const FIRST_YEAR = 2014;
export const LAST_YEAR = 2025;
export const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

export interface NationalAdministrator {
  key: number;
  name: string;
  cvr: string;
}
export interface NationalOrganisation {
  lbfNumber: number;
  name: string;
  municipalityCode: string;
  administratorKey: number | null;
  fiscalYearEndMonth: number;
  address: string;
  city: string;
}
export interface NationalEstate {
  lbfNumber: number;
  number: number;
  name: string;
  address: string;
  city: string;
  municipalityCode: string;
  homesFamily: number;
  homesElderly: number;
  homesYouth: number;
  homesCare: number;
  areaM2: number;
  yearBuilt: number;
}
export interface NationalAreaYear {
  year: number;
  residents: number;
  outsideWorkPct: number;
  convictionsRatio: number;
  primarySchoolOnlyPct: number;
  incomeRatioPct: number;
  nonWesternPct: number;
}
export interface NationalArea {
  name: string;
  municipalityCode: string;
  estates: { lbfNumber: number; number: number }[];
  statistics: NationalAreaYear[];
}
export interface NationalRegistry {
  seed: number;
  administrators: NationalAdministrator[];
  organisations: NationalOrganisation[];
  estates: NationalEstate[];
  areas: NationalArea[];
}
/** One line of the import layout: an estate's year, or the organisation's (estateNumber null). */
export interface FigureRow {
  year: number;
  lbfNumber: number;
  estateNumber: number | null;
  values: Record<string, number | null>;
}

/** The catalogue's codes in its order: the figure files' columns after year, LBF number and estate number. */
export const FIGURE_CODES = DEFAULT_INDICATORS.map((i) => i.code);

const BIG_CITIES: Record<string, number> = { '0101': 14, '0751': 9, '0461': 6, '0851': 6, '0147': 3, '0167': 3, '0175': 2.5, '0153': 2.5 };
const SMALL_ISLANDS = new Set(['0411', '0492', '0563', '0741', '0825']);

const ORG_PATTERNS = [
  (t: string) => `Boligselskabet ${t}`,
  (t: string) => `${t} Almennyttige Boligselskab`,
  (t: string) => `Arbejdernes Boligforening ${t}`,
  (t: string) => `Andelsboligforeningen ${t}`,
  (t: string) => `Boligforeningen ${t}`,
  (t: string) => `${t} Boligforening`,
  (t: string) => `Lejerbo ${t}`,
  (t: string) => `Fællesbo ${t}`,
  (t: string) => `Ungdomsboliger ${t}`,
  (t: string) => `Ældreboliger ${t}`,
];
const STREET_STEMS = [
  'Agerhøne', 'Birke', 'Bøge', 'Eg', 'Elme', 'Hyld', 'Kastanje', 'Kløver', 'Lærke', 'Mose', 'Nælde', 'Poppel', 'Rønne', 'Skov',
  'Solsikke', 'Spurve', 'Stær', 'Svane', 'Tjørne', 'Vibe', 'Valmue', 'Æble', 'Ørne', 'Åbakke', 'Hassel', 'Lind', 'Pile', 'Rose',
  'Hvede', 'Byg', 'Rug', 'Havre', 'Fyrre', 'Gran', 'Ege', 'Krage', 'Ugle', 'Falke', 'Høge', 'Musvåge',
]; // prettier-ignore
const STREET_ENDS = ['vej', 'parken', 'gården', 'haven', 'toften', 'bakken', 'engen', 'lunden', 'høj', 'vænget'];
const ADMINISTRATOR_NAMES = [
  'Boligadministration Øst', 'Boligadministration Vest', 'Boligadministration Nord', 'Boligadministration Syd',
  'Fælles Boligadministration', 'Almen Drift', 'Boligkontoret', 'Bolig Service', 'Boligpartner', 'Administrationsselskabet Bolig',
]; // prettier-ignore

function streetName(r: Random): string {
  return `${r.pick(STREET_STEMS)}${r.pick(STREET_ENDS)}`;
}

/** The year an estate was built: the building boom of 1960–1980 dominates the stock. */
function yearBuilt(r: Random): number {
  const period = r.weighted([12, 45, 27, 16]);
  const [from, to] = (
    [
      [1920, 1959],
      [1960, 1979],
      [1980, 1999],
      [2000, 2021],
    ] as const
  )[period];
  return r.int(from, to);
}

function homesByKind(r: Random, homes: number) {
  const kind = r.weighted([80, 12, 6, 2]);
  const h = { homesFamily: 0, homesElderly: 0, homesYouth: 0, homesCare: 0 };
  const key = (['homesFamily', 'homesElderly', 'homesYouth', 'homesCare'] as const)[kind];
  h[key] = homes;
  // Some family estates have a few elderly homes too.
  if (kind === 0 && r.chance(0.2)) {
    const elderly = Math.min(homes - 1, r.int(2, Math.max(2, Math.round(homes * 0.15))));
    h.homesFamily -= elderly;
    h.homesElderly += elderly;
  }
  const m2PerHome = [82, 66, 38, 55][kind];
  return { ...h, areaM2: Math.round(homes * r.normal(m2PerHome, m2PerHome * 0.12)), kind };
}

export function generateRegistry(seed = 2026, targetOrganisations = 550, targetEstates = 8600): NationalRegistry {
  const r = new Random(seed);
  const municipalities = readMunicipalities();
  const administrators: NationalAdministrator[] = ADMINISTRATOR_NAMES.flatMap((name, i) =>
    ['', ' A/S', ' Midt'].map((suffix, j) => ({ key: i * 3 + j + 1, name: `${name}${suffix}`, cvr: String(30_000_000 + i * 1000 + j) })),
  );
  const weights = municipalities.map((m) => BIG_CITIES[m.code] ?? (SMALL_ISLANDS.has(m.code) ? 0.1 : r.between(0.6, 1.8)));
  // Every municipality supervises at least one organisation; the rest follow the weights.
  const seats = municipalities.map((m) => m.code);
  while (seats.length < targetOrganisations) seats.push(municipalities[r.weighted(weights)].code);
  const lbfNumbers = new Set<number>();
  const usedNames = new Set<string>();
  const organisations: NationalOrganisation[] = seats.map((municipalityCode) => {
    let lbf = r.int(10, 9999);
    while (lbfNumbers.has(lbf)) lbf = r.int(10, 9999);
    lbfNumbers.add(lbf);
    const town = municipalities.find((m) => m.code === municipalityCode)!.shortName;
    let name = r.pick(ORG_PATTERNS)(town);
    for (let n = 2; usedNames.has(name); n++) name = `${r.pick(ORG_PATTERNS)(town)} ${n > 3 ? n : ''}`.trim();
    usedNames.add(name);
    return {
      lbfNumber: lbf,
      name,
      municipalityCode,
      administratorKey: r.chance(0.6) ? r.pick(administrators).key : null,
      fiscalYearEndMonth: [12, 12, 12, 12, 12, 12, 9, 5][r.int(0, 7)],
      address: `${streetName(r)} ${r.int(1, 80)}`,
      city: town,
    };
  });
  // Estates per organisation: a few large organisations own most estates.
  const raw = organisations.map(() => r.logNormal(8, 1.1));
  const scale = targetEstates / raw.reduce((a, b) => a + b, 0);
  const counts = raw.map((x) => Math.max(1, Math.round(x * scale)));
  const estates: NationalEstate[] = [];
  const neighbours = new Map<string, string[]>();
  for (const m of municipalities) {
    const same = municipalities.filter((o) => o.regionCode === m.regionCode && o.code !== m.code).map((o) => o.code);
    neighbours.set(m.code, same);
  }
  for (const [i, org] of organisations.entries()) {
    let number = 0;
    for (let k = 0; k < counts[i]; k++) {
      // Numbers as organisations use them: mostly consecutive, with gaps where estates were merged or sold.
      number += r.chance(0.1) ? r.int(2, 5) : 1;
      const homes = Math.round(clamp(r.logNormal(55, 0.9), 10, 1500));
      const { kind: _kind, ...h } = homesByKind(r, homes);
      const municipalityCode =
        r.chance(0.08) && neighbours.get(org.municipalityCode)!.length
          ? r.pick(neighbours.get(org.municipalityCode)!)
          : org.municipalityCode;
      const street = streetName(r);
      estates.push({
        lbfNumber: org.lbfNumber,
        number,
        name: street.charAt(0).toUpperCase() + street.slice(1),
        address: `${street} ${r.int(1, 40)}-${r.int(41, 120)}`,
        city: municipalities.find((m) => m.code === municipalityCode)!.shortName,
        municipalityCode,
        ...h,
        yearBuilt: yearBuilt(r),
      });
    }
  }
  return { seed, administrators, organisations, estates, areas: generateAreas(r, estates) };
}

/**
 * Housing areas in the municipalities with the most estates: the large estates of the
 * 1960s–70s, with statistics that put some on the lists, some near the thresholds and most well
 * below them.
 */
function generateAreas(r: Random, estates: NationalEstate[]): NationalArea[] {
  const large = estates.filter((e) => e.homesFamily >= 150 && e.yearBuilt >= 1960 && e.yearBuilt < 1985);
  const byMunicipality = new Map<string, NationalEstate[]>();
  for (const e of large) byMunicipality.set(e.municipalityCode, [...(byMunicipality.get(e.municipalityCode) ?? []), e]);
  const areas: NationalArea[] = [];
  for (const [code, list] of [...byMunicipality].sort((a, b) => b[1].length - a[1].length)) {
    for (let i = 0; i + 1 < list.length && areas.length < 80; i += r.int(2, 4)) {
      const members = list.slice(i, i + r.int(1, 4));
      const residents = Math.round(members.reduce((s, e) => s + e.homesFamily, 0) * r.between(1.9, 2.6));
      // Where the area starts in 2014 and which way it moves: most improve slowly.
      const start = {
        outsideWorkPct: clamp(r.normal(32, 9), 8, 70),
        convictionsRatio: clamp(r.normal(1.8, 0.9), 0.3, 6),
        primarySchoolOnlyPct: clamp(r.normal(55, 10), 20, 85),
        incomeRatioPct: clamp(r.normal(62, 9), 35, 100),
        nonWesternPct: clamp(r.normal(38, 18), 3, 90),
      };
      const drift = {
        outsideWorkPct: r.normal(-0.4, 0.6),
        convictionsRatio: r.normal(-0.03, 0.06),
        primarySchoolOnlyPct: r.normal(-0.5, 0.6),
        incomeRatioPct: r.normal(0.3, 0.5),
        nonWesternPct: r.normal(0.1, 0.5),
      };
      const statistics = YEARS.map((year, t) => ({
        year,
        residents: Math.round(residents * (1 + r.normal(0, 0.02))),
        outsideWorkPct: round1(clamp(start.outsideWorkPct + drift.outsideWorkPct * t + r.normal(0, 1), 0, 100)),
        convictionsRatio: round2(clamp(start.convictionsRatio + drift.convictionsRatio * t + r.normal(0, 0.1), 0, 10)),
        primarySchoolOnlyPct: round1(clamp(start.primarySchoolOnlyPct + drift.primarySchoolOnlyPct * t + r.normal(0, 1), 0, 100)),
        incomeRatioPct: round1(clamp(start.incomeRatioPct + drift.incomeRatioPct * t + r.normal(0, 1), 0, 150)),
        nonWesternPct: round1(clamp(start.nonWesternPct + drift.nonWesternPct * t + r.normal(0, 1), 0, 100)),
      }));
      areas.push({
        name: `${members[0].name}-området`,
        municipalityCode: code,
        estates: members.map((e) => ({ lbfNumber: e.lbfNumber, number: e.number })),
        statistics,
      });
    }
  }
  return areas;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Twelve years of figures per estate (from the year after it was built) and per organisation.
 * Each estate has a profile (rent level, savings, efficiency) that drifts from year to year;
 * about 4 % run deficits three years in a row, and 3 % report other homes or m² than the registry.
 */
export function generateFigures(registry: NationalRegistry): FigureRow[] {
  const r = new Random(registry.seed + 1);
  const rows: FigureRow[] = [];
  const estatesByOrg = new Map<number, NationalEstate[]>();
  for (const e of registry.estates) estatesByOrg.set(e.lbfNumber, [...(estatesByOrg.get(e.lbfNumber) ?? []), e]);
  for (const org of registry.organisations) {
    let fund = r.normal(20_000, 12_000);
    let capital = clamp(r.normal(6_000, 3_000), 0, 30_000);
    for (const year of YEARS) {
      fund = clamp(fund + r.normal(400, 1_500), -5_000, 80_000);
      capital = clamp(capital + r.normal(100, 600), 0, 30_000);
      rows.push({
        year,
        lbfNumber: org.lbfNumber,
        estateNumber: null,
        values: { dispositionsfond_bolig: Math.round(fund), arbejdskapital_bolig: Math.round(capital) },
      });
    }
    for (const e of estatesByOrg.get(org.lbfNumber) ?? []) rows.push(...estateYears(r, e));
  }
  return rows;
}

function estateYears(r: Random, e: NationalEstate): FigureRow[] {
  const homes = e.homesFamily + e.homesElderly + e.homesYouth + e.homesCare;
  const youth = e.homesYouth > homes / 2;
  const elderly = e.homesElderly + e.homesCare > homes / 2;
  const sourceHomes = r.chance(0.03) ? homes + r.pick([-3, -2, -1, 1, 2, 4]) : homes;
  const sourceArea = r.chance(0.03) ? Math.round(e.areaM2 * r.between(0.95, 1.05)) : e.areaM2;
  let rent = clamp(r.normal(850, 150), 450, 1500);
  let savings = clamp(r.normal(150, 80), 0, 600);
  let efficiency = clamp(r.normal(98, 12), 60, 130);
  const turnoverBase = youth ? r.normal(32, 8) : elderly ? r.normal(9, 3) : r.normal(11, 4);
  const listPerHome = r.logNormal(3, 1);
  // The estates whose årets resultat is negative three years in a row (and the start of that run).
  const redFrom = r.chance(0.04) ? r.int(Math.max(e.yearBuilt + 1, FIRST_YEAR), LAST_YEAR - 2) : null;
  let accumulated = r.normal(0.02, 0.05) * rent * e.areaM2;
  const rows: FigureRow[] = [];
  for (const year of YEARS) {
    if (year <= e.yearBuilt) continue;
    rent *= 1 + r.normal(0.02, 0.01);
    savings = clamp(savings + r.normal(2, 15), 0, 700);
    efficiency = clamp(efficiency + r.normal(0, 3), 60, 130);
    const turnover = clamp(turnoverBase + r.normal(0, 2), 0.5, 60);
    const moves = (homes * turnover) / 100;
    const vacantDays = Math.round(moves * r.logNormal(8, 0.9));
    const revenue = rent * sourceArea;
    const red = redFrom !== null && year >= redFrom && year < redFrom + 3;
    const result = red ? -Math.abs(r.normal(0.03, 0.02)) * revenue : r.normal(0.015, 0.02) * revenue;
    accumulated += result;
    rows.push({
      year,
      lbfNumber: e.lbfNumber,
      estateNumber: e.number,
      values: {
        boliger: sourceHomes,
        areal: sourceArea,
        husleje: Math.round(rent),
        henlaeggelser: Math.round(savings),
        aarets_resultat: Math.round(result),
        opsamlet_resultat: Math.round(accumulated),
        tomgang_dage: vacantDays,
        tomgangstab: Math.round((vacantDays * revenue) / homes / 365),
        lejetab: r.chance(0.6) ? Math.round(moves * r.logNormal(2_500, 1)) : 0,
        fraflytning: round1(turnover),
        venteliste: Math.round(homes * listPerHome * r.between(0.9, 1.1)),
        effektivitetstal: Math.round(efficiency),
      },
    });
  }
  return rows;
}
