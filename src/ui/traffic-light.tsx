import { pluralNoun } from '../lib/plural.ts';
import { formatInteger } from './format.ts';

/*
 * The traffic light of a key figure. Colour is never the only signal (WCAG 1.4.1): each light
 * has its word and its own icon shape from the design system's sprite (a check for green, a
 * triangle for yellow, a stop mark for red), so it reads the same in greyscale and to a screen
 * reader. The colours in public/app.css keep 4.5:1 for the word and 3:1 for the edge.
 */

export type LightColour = 'green' | 'yellow' | 'red';

export const LIGHT_WORDS: Record<LightColour, string> = { green: 'Grøn', yellow: 'Gul', red: 'Rød' };

const ICONS: Record<LightColour | 'none', string> = { green: 'success', yellow: 'warning', red: 'error', none: 'minus' };

/**
 * One light: icon and word ("Rød"), or the word given (`label`: "2 røde", "Rød 2023"). Without a
 * colour (no figure, no rule) it says "Ingen farve" in grey. `title` adds a tooltip, such as the
 * rule behind the colour; what matters must also be in the label, since a tooltip is not read by all.
 */
export function TrafficLight({ colour, label, title }: { colour: LightColour | null | undefined; label?: string; title?: string }) {
  const kind = colour ?? 'none';
  return (
    <span class={`sd-light sd-light-${kind}`} title={title}>
      <svg class="icon-svg sd-light-icon" aria-hidden="true" focusable="false">
        <use href={`/static/dkfds/img/all-svg-icons.svg#${ICONS[kind]}`} />
      </svg>
      <span>{label ?? (colour ? LIGHT_WORDS[colour] : 'Ingen farve')}</span>
    </span>
  );
}

const COUNT_NOUNS: Record<LightColour, [string, string]> = { red: ['rød', 'røde'], yellow: ['gul', 'gule'], green: ['grøn', 'grønne'] };

/** "3 røde" for a count of lights of one colour. */
export const lightCount = (colour: LightColour, n: number) => `${formatInteger(n)} ${pluralNoun(n, ...COUNT_NOUNS[colour])}`;

/**
 * A group's lights in numbers, worst first ("2 røde, 1 gul, 5 grønne"), one light per colour that
 * occurs; `none` when nothing is coloured. The commas are in the text, so it reads as one phrase.
 */
export function TrafficLightCounts({
  red = 0,
  yellow = 0,
  green = 0,
  none = 'Ingen tal',
}: {
  red?: number;
  yellow?: number;
  green?: number;
  none?: string;
}) {
  const parts = (
    [
      ['red', red],
      ['yellow', yellow],
      ['green', green],
    ] as const
  ).filter(([, n]) => n > 0);
  if (parts.length === 0) return <span class="sd-muted">{none}</span>;
  return (
    <span class="sd-light-counts">
      {parts.map(([colour, n], i) => (
        <>
          <TrafficLight colour={colour} label={lightCount(colour, n)} />
          {i < parts.length - 1 ? ', ' : ''}
        </>
      ))}
    </span>
  );
}
