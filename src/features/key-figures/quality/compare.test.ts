import { describe, expect, it } from 'vitest';
import { findMismatches, type EstateComparison, type StoredResolution } from './compare.ts';

const estate = (sources: EstateComparison['sources'], size: { homes?: number; areaM2?: number } = {}): EstateComparison => ({
  estateId: 7,
  number: 12,
  name: 'Agerhønevej',
  version: 1,
  homes: size.homes ?? 120,
  areaM2: size.areaM2 ?? 8400,
  sources,
});

const resolution = (r: Partial<StoredResolution>): StoredResolution => ({
  estateId: 7,
  source: 'BBR',
  field: 'area_m2',
  registryValue: 8400,
  sourceValue: 8450,
  resolution: 'explained',
  note: 'BBR medregner fælleshuset.',
  resolvedByName: 'Jette Kragh',
  resolvedAt: new Date('2026-03-01T10:00:00Z'),
  ...r,
});

describe('comparing the registry with the sources', () => {
  it('finds nothing where a source states the same numbers', () => {
    expect(findMismatches(estate([{ source: 'BBR', year: 2025, homes: 120, areaM2: 8400 }]), [])).toEqual([]);
  });

  it('finds nothing where only the registry has a number: a source that states nothing does not disagree', () => {
    expect(findMismatches(estate([]), [])).toEqual([]);
    expect(findMismatches(estate([{ source: 'Danmarks Statistik', year: 2025, homes: 120, areaM2: null }]), [])).toEqual([]);
  });

  it('finds a number only the source has (the registry has none, 0)', () => {
    const found = findMismatches(estate([{ source: 'BBR', year: 2025, homes: 120, areaM2: 8400 }], { areaM2: 0 }), []);
    expect(found).toEqual([
      { field: 'area_m2', source: 'BBR', year: 2025, registryValue: 0, sourceValue: 8400, difference: 8400, resolution: null },
    ]);
  });

  it('lists each of two sources that disagree with the registry and with each other, with its own difference and year', () => {
    const found = findMismatches(
      estate([
        { source: 'BBR', year: 2025, homes: 122, areaM2: 8400 },
        { source: 'Landsbyggefonden', year: 2024, homes: 118, areaM2: 8400 },
      ]),
      [],
    );
    expect(found.map((m) => [m.field, m.source, m.year, m.registryValue, m.sourceValue, m.difference])).toEqual([
      ['homes', 'BBR', 2025, 120, 122, 2],
      ['homes', 'Landsbyggefonden', 2024, 120, 118, -2],
    ]);
  });

  it('counts a resolution only for the two values it was made on: a new value from the source or the registry opens it again', () => {
    const resolved = resolution({});
    const sources = (areaM2: number) => [{ source: 'BBR', year: 2025, homes: 120, areaM2 }];
    expect(findMismatches(estate(sources(8450)), [resolved])[0].resolution).toBe(resolved);
    // The next import brings another figure from BBR.
    expect(findMismatches(estate(sources(8460)), [resolved])[0].resolution).toBeNull();
    // The registry is corrected to a third figure.
    expect(findMismatches(estate(sources(8450), { areaM2: 8420 }), [resolved])[0].resolution).toBeNull();
    // Another source's or another field's resolution does not count.
    expect(findMismatches(estate(sources(8450)), [resolution({ source: 'Landsbyggefonden' })])[0].resolution).toBeNull();
    expect(findMismatches(estate(sources(8450)), [resolution({ field: 'homes' })])[0].resolution).toBeNull();
  });

  it('shows the newest resolution of the same values', () => {
    const newer = resolution({ resolution: 'registry', note: '', resolvedAt: new Date('2026-04-01T10:00:00Z') });
    const older = resolution({});
    expect(findMismatches(estate([{ source: 'BBR', year: 2025, homes: 120, areaM2: 8450 }]), [newer, older])[0].resolution).toBe(newer);
  });
});
