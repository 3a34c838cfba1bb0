import { describe, expect, it } from 'vitest';
import { Hooks, type Emitter } from './hooks.ts';

type Events = { stageChanged: { to: string }; figuresImported: { rows: number } };

describe('Hooks', () => {
  it('runs the handlers of an event in the order they were registered, and only those', async () => {
    const seen: string[] = [];
    const hooks = new Hooks<Events>()
      .on('stageChanged', async (e) => void seen.push(`first ${e.to}`))
      .on('figuresImported', (e) => void seen.push(`figures ${e.rows}`))
      .on('stageChanged', (e) => void seen.push(`second ${e.to}`));
    const emitter: Emitter<Pick<Events, 'stageChanged'>> = hooks;
    await emitter.emit('stageChanged', { to: 'indkaldt' });
    expect(seen).toEqual(['first indkaldt', 'second indkaldt']);
  });

  it('passes a failing handler’s error to the emitter, so its transaction is undone', async () => {
    const hooks = new Hooks<Events>().on('stageChanged', () => {
      throw new Error('reaction failed');
    });
    await expect(hooks.emit('stageChanged', { to: 'indkaldt' })).rejects.toThrow('reaction failed');
  });

  it('does nothing for an event nobody reacts to', async () => {
    await expect(new Hooks<Events>().emit('figuresImported', { rows: 3 })).resolves.toBeUndefined();
  });
});
