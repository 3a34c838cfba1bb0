import type { Role } from './tables.ts';

/** Whose data a caller may see. Every query of non-public data takes one of these. */
export type Scope =
  | { kind: 'public' }
  | { kind: 'admin' }
  | { kind: 'municipality'; municipalityCode: string }
  | { kind: 'organisation'; organisationId: number }
  | { kind: 'administrator'; administratorId: number };

export interface Actor {
  userId: number | null;
  /** Name shown in the history, e.g. "Tina Lyhne (tina@hillerod.dk)". */
  label: string;
  role: Role | 'public';
  scope: Scope;
  /** Readers see their scope but change nothing. */
  canEdit: boolean;
}

export const PUBLIC_ACTOR: Actor = { userId: null, label: 'Offentligheden', role: 'public', scope: { kind: 'public' }, canEdit: false };
export const SYSTEM_ACTOR: Actor = { userId: null, label: 'System', role: 'admin', scope: { kind: 'admin' }, canEdit: true };

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator af installationen',
  municipality_editor: 'Kommune – tilsyn (redaktør)',
  municipality_reader: 'Kommune – læseadgang',
  organisation_editor: 'Boligorganisation (redaktør)',
  organisation_reader: 'Boligorganisation – læseadgang',
  administrator_staff: 'Administrationsorganisation',
};

export function actorFor(user: {
  id: number;
  name: string;
  email: string;
  role: Role;
  municipalityCode: string | null;
  organisationId: number | null;
  administratorId: number | null;
}): Actor {
  const label = `${user.name} (${user.email})`;
  const base = { userId: user.id, label, role: user.role };
  switch (user.role) {
    case 'admin':
      return { ...base, scope: { kind: 'admin' }, canEdit: true };
    case 'municipality_editor':
    case 'municipality_reader':
      return {
        ...base,
        scope: { kind: 'municipality', municipalityCode: user.municipalityCode! },
        canEdit: user.role === 'municipality_editor',
      };
    case 'organisation_editor':
    case 'organisation_reader':
      return {
        ...base,
        scope: { kind: 'organisation', organisationId: user.organisationId! },
        canEdit: user.role === 'organisation_editor',
      };
    case 'administrator_staff':
      return { ...base, scope: { kind: 'administrator', administratorId: user.administratorId! }, canEdit: true };
  }
}
