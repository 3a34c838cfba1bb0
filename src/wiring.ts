import { authHistory } from './auth/history.ts';
import { createHistory, mergeKinds } from './features/audit/index.ts';
import { dialogueHistory, type DialogueEvents } from './features/dialogue/index.ts';
import { documentationHistory, openPackageWhenConvened } from './features/documentation/index.ts';
import { meetingsHistory, meetingsOfOrganisation } from './features/meetings/index.ts';
import { registryHistory } from './features/registry/index.ts';
import { Hooks } from './lib/hooks.ts';

/*
 * How the features reach each other where a feature must not import the one it needs: the
 * reactions to events (documentation reacts to the dialogue's stage change) and the parts another
 * feature contributes to a page (the dialogue page lists the meetings). This is the one place to
 * read who reacts to what; the server, the CLI, the demo data and the tests all build it here.
 */

/** Every event a feature emits, by name. New features add theirs ("figures imported", "minutes approved"). */
export type AppEvents = DialogueEvents;

export function createWiring() {
  const hooks = new Hooks<AppEvents>().on('stageChanged', openPackageWhenConvened);
  return {
    hooks,
    /** The dialogue page lists the organisation's dialogue meetings, which the meetings feature holds. */
    dialogueMeetings: meetingsOfOrganisation,
    /**
     * Every history page speaks of every kind of thing (an organisation's history holds the
     * dialogue's frequency, the admin's all of them), so each feature's words are joined here.
     */
    history: createHistory(mergeKinds(registryHistory, dialogueHistory, documentationHistory, meetingsHistory, authHistory)),
  };
}

export type Wiring = ReturnType<typeof createWiring>;
