import { PUBLIC_PREFIX } from '../links.ts';

/* The subscriptions' addresses: the confirmation and unsubscribe links carry their tokens. */

export const SUBSCRIPTIONS_PREFIX = `${PUBLIC_PREFIX}/abonnementer`;
export const confirmPath = (token: string) => `${SUBSCRIPTIONS_PREFIX}/bekraeft/${token}`;
export const unsubscribePath = (token: string) => `${SUBSCRIPTIONS_PREFIX}/afmeld/${token}`;
/** Where a public page's subscription form posts. */
export const subscribePath = (pagePath: string) => `${pagePath}/abonnement`;

export const absolute = (publicUrl: string, path: string) => `${publicUrl.replace(/\/+$/, '')}${path}`;
