import type { Check, YearClassification } from '../classify.ts';
import type { Assessment } from '../monitoring.ts';
import type { ThresholdUnit } from '../thresholds.ts';
import { LIST_LABELS, LIST_PLURALS, differenceUnit, formatPlain, type ListKey } from '../words.ts';

/*
 * An area's standing in words and icons, never in colour alone: each badge has the design
 * system's icon and a word, and the colour only repeats what they say.
 */

type Tone = 'red' | 'yellow' | 'green' | 'grey';
const ICONS: Record<Tone, string> = { red: 'error', yellow: 'warning', green: 'success', grey: 'help' };
const CLASSES: Record<Tone, string> = {
  red: 'sd-badge sd-badge-red',
  yellow: 'sd-badge sd-badge-yellow',
  green: 'sd-badge sd-badge-green',
  grey: 'sd-badge',
};

export function Badge({ tone, children }: { tone: Tone; children: string }) {
  return (
    <span class={`${CLASSES[tone]} sd-icon-badge`}>
      <svg class="icon-svg" aria-hidden="true" focusable="false">
        <use href={`/static/dkfds/img/all-svg-icons.svg#${ICONS[tone]}`} />
      </svg>{' '}
      {children}
    </span>
  );
}

const LIST_TONES: Record<ListKey, Tone> = { omdannelse: 'red', parallel: 'red', udsat: 'red', forebyggelse: 'yellow' };

/** The lists the figures put the area on, or why there is none. */
export function ListBadges({ assessment, year }: { assessment: Assessment; year: number }) {
  const c = assessment.classification;
  if (!c) return <Badge tone="grey">{`Ingen tal for ${year}`}</Badge>;
  if (!c.thresholds) return <Badge tone="grey">Ingen grænseværdier</Badge>;
  // An omdannelsesområde is a parallelsamfund and udsat too: the hardest list says it.
  const main = c.lists.find((l) => l !== 'forebyggelse');
  const shown = [main, c.lists.includes('forebyggelse') ? ('forebyggelse' as const) : undefined].filter((l) => l !== undefined);
  if (shown.length === 0) return <Badge tone="green">Ingen liste</Badge>;
  return (
    <>
      {shown.map((l, i) => (
        <>
          {i > 0 && ' '}
          <Badge tone={LIST_TONES[l]}>{LIST_LABELS[l]}</Badge>
        </>
      ))}
    </>
  );
}

export function WarningBadge({ count }: { count: number }) {
  if (count === 0) return <span class="sd-muted">Ingen</span>;
  return <Badge tone="yellow">{count === 1 ? 'Tidlig varsel' : `Tidlig varsel (${count})`}</Badge>;
}

/** Whether one criterion is met, and by how much or how far from it, in words. */
export function CheckCell({ check, unit }: { check: Check | null; unit: ThresholdUnit }) {
  if (!check) return <span class="sd-muted">Ikke vurderet</span>;
  const amount = `${formatPlain(Math.abs(check.margin))} ${differenceUnit(unit)}`.trim();
  const direction = check.comparison === 'below' ? 'under' : 'over';
  const distance =
    check.margin === 0
      ? check.met
        ? 'præcis på grænsen'
        : `præcis på grænsen (skal ${direction} den)`
      : check.met
        ? `${amount} ${direction} grænsen`
        : `${amount} fra grænsen`;
  return (
    <>
      {check.met ? <Badge tone="red">Opfyldt</Badge> : <Badge tone="green">Ikke opfyldt</Badge>}
      <br />
      <span class="sd-muted">{distance}</span>
    </>
  );
}

function joinDanish(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} og ${parts.at(-1)}`;
}

/**
 * Which year's list the figures count for, and whether it is out: "Efter tallene for 2025 ville
 * området være på listen over udsatte boligområder 1. december 2026."
 */
export function listSentence(c: YearClassification, today: string): string {
  const published = `${c.listYear}-12-01` <= today;
  const lists = c.lists.map((l) => LIST_PLURALS[l]);
  const on = lists.length === 0 ? null : `${lists.length === 1 ? 'listen' : 'listerne'} over ${joinDanish(lists)}`;
  if (!c.thresholds) return `Der er ingen grænseværdier for listen 1. december ${c.listYear}, så tallene for ${c.year} er ikke vurderet.`;
  if (published) {
    return on
      ? `Efter tallene for ${c.year} ville området være på ${on} 1. december ${c.listYear}.`
      : `Efter tallene for ${c.year} ville området ikke være på nogen af listerne 1. december ${c.listYear}.`;
  }
  return on
    ? `Efter tallene for ${c.year} kommer området på ${on}, der offentliggøres 1. december ${c.listYear}.`
    : `Efter tallene for ${c.year} kommer området ikke på nogen af listerne, der offentliggøres 1. december ${c.listYear}.`;
}
