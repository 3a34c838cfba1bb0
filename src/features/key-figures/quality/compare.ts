import type { QUALITY_FIELDS, QUALITY_RESOLUTIONS } from '../tables.ts';

/*
 * The comparison of an estate's homes and m² in the registry with each imported source. Pure, so
 * its cases are tested one by one; the count for the overview (service.ts) says the same in SQL.
 */

export type QualityField = (typeof QUALITY_FIELDS)[number];
export type QualityResolution = (typeof QUALITY_RESOLUTIONS)[number];

export interface SourceFigures {
  source: string;
  year: number;
  homes: number | null;
  areaM2: number | null;
}

export interface EstateComparison {
  estateId: number;
  number: number;
  name: string;
  version: number;
  homes: number;
  areaM2: number;
  sources: SourceFigures[];
}

export interface StoredResolution {
  estateId: number;
  source: string;
  field: QualityField;
  registryValue: number | null;
  sourceValue: number | null;
  resolution: QualityResolution;
  note: string;
  resolvedByName: string | null;
  resolvedAt: Date;
}

export interface Mismatch {
  field: QualityField;
  source: string;
  year: number;
  registryValue: number;
  sourceValue: number;
  /** The source's value less the registry's. */
  difference: number;
  /** The resolution made on exactly these two values, or null: still to be resolved. */
  resolution: StoredResolution | null;
}

export const registryValueOf = (e: { homes: number; areaM2: number }, field: QualityField) => (field === 'homes' ? e.homes : e.areaM2);
export const sourceValueOf = (s: SourceFigures, field: QualityField) => (field === 'homes' ? s.homes : s.areaM2);

/**
 * Where a source states another number than the registry. A source that states nothing for a
 * field is no disagreement. A resolution counts only for the two values it was made on: a later
 * import with another value, or a changed registry, opens the mismatch again. `resolutions` are
 * newest first, so the latest resolution of the same values is the one shown.
 */
export function findMismatches(estate: EstateComparison, resolutions: StoredResolution[]): Mismatch[] {
  const out: Mismatch[] = [];
  for (const field of ['homes', 'area_m2'] as const) {
    const registryValue = registryValueOf(estate, field);
    for (const s of estate.sources) {
      const sourceValue = sourceValueOf(s, field);
      if (sourceValue === null || sourceValue === registryValue) continue;
      const resolution =
        resolutions.find(
          (r) =>
            r.estateId === estate.estateId &&
            r.source === s.source &&
            r.field === field &&
            r.registryValue === registryValue &&
            r.sourceValue === sourceValue,
        ) ?? null;
      out.push({ field, source: s.source, year: s.year, registryValue, sourceValue, difference: sourceValue - registryValue, resolution });
    }
  }
  return out;
}
