/*
 * Reactions across features. A feature that has news ("the stage changed", later "figures
 * imported", "minutes approved") emits an event; the features that react are registered where the
 * app is put together (src/wiring.ts), so that one file shows who reacts to what and no feature
 * imports the features that react to it. Handlers run in order, inside the emitter's transaction
 * when the payload carries one: a failing reaction undoes the change.
 */

type Handler<P> = (payload: P) => Promise<void> | void;

/** What an emitting feature needs: the events it declares, nothing else. */
export interface Emitter<Events> {
  emit<K extends keyof Events>(event: K, payload: Events[K]): Promise<void>;
}

export class Hooks<Events> implements Emitter<Events> {
  private readonly handlers = new Map<keyof Events, Handler<never>[]>();

  on<K extends keyof Events>(event: K, handler: Handler<Events[K]>): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler as Handler<never>]);
    return this;
  }

  async emit<K extends keyof Events>(event: K, payload: Events[K]): Promise<void> {
    for (const handler of (this.handlers.get(event) ?? []) as Handler<Events[K]>[]) await handler(payload);
  }
}
