import { COLOUR_LABELS, type Colour } from '../lights/colour.ts';

/*
 * A colour as a word, an icon and a colour (never colour alone). A minimal stand-in until the shared
 * TrafficLight of src/ui lands (kf-lights); then this gives way to it.
 */

const ICONS: Record<Colour, string> = { green: 'success', yellow: 'warning', red: 'error' };

export function TrafficLight({ colour, large }: { colour: Colour | null; large?: boolean }) {
  if (!colour) return <span class="sd-muted">Ingen farve</span>;
  return (
    <span class={`sd-badge sd-badge-${colour} sd-light${large ? ' sd-light-large' : ''}`}>
      <svg class="icon-svg" aria-hidden="true" focusable="false">
        <use href={`/static/dkfds/img/all-svg-icons.svg#${ICONS[colour]}`} />
      </svg>
      {COLOUR_LABELS[colour]}
    </span>
  );
}
