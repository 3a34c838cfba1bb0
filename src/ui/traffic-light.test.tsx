import { describe, expect, it } from 'vitest';
import { lightCount, TrafficLight, TrafficLightCounts } from './traffic-light.tsx';

const html = async (node: unknown) => String(await (node as { toString(): string | Promise<string> }).toString());
/** The text a reader sees (and a screen reader reads): the markup without tags. */
const text = (s: string) => s.replace(/<[^>]+>/g, '');

describe('TrafficLight', () => {
  it('shows the word and an icon of its own shape with the colour, never the colour alone', async () => {
    const red = await html(<TrafficLight colour="red" />);
    expect(text(red)).toBe('Rød');
    expect(red).toContain('sd-light-red');
    expect(red).toContain('#error');
    expect(red).toContain('aria-hidden="true"');
    expect(text(await html(<TrafficLight colour="yellow" />))).toBe('Gul');
    expect(await html(<TrafficLight colour="green" />)).toContain('#success');
  });

  it('takes a label of its own, and says "Ingen farve" without a colour', async () => {
    expect(text(await html(<TrafficLight colour="red" label="Rød 2024" />))).toBe('Rød 2024');
    const none = await html(<TrafficLight colour={null} />);
    expect(text(none)).toBe('Ingen farve');
    expect(none).toContain('sd-light-none');
  });
});

describe('TrafficLightCounts', () => {
  it('counts worst first in Danish, leaving out colours that do not occur', async () => {
    expect(text(await html(<TrafficLightCounts red={2} yellow={1} green={5} />))).toBe('2 røde, 1 gul, 5 grønne');
    expect(text(await html(<TrafficLightCounts red={1} green={1} />))).toBe('1 rød, 1 grøn');
    expect(text(await html(<TrafficLightCounts />))).toBe('Ingen tal');
    expect(lightCount('yellow', 1234)).toBe('1.234 gule');
  });
});
