import type { Actor } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';

/**
 * What another feature (the agreements) shows beside a decision, through src/wiring.ts: a link to
 * what was made of it, or a button that makes it ("Gør til aftale"). The meetings feature does
 * not know the agreements; it only draws what it is given.
 */
export type DecisionAgreementLink = { kind: 'link'; href: string; label: string } | { kind: 'button'; action: string; label: string };
export type DecisionAgreementLinks = (q: { db: Db; actor: Actor; decisionIds: number[] }) => Promise<Map<number, DecisionAgreementLink>>;
