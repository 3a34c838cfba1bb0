import { describe, expect, it } from 'vitest';
import { refuseTransition } from './stages.ts';

describe('dialogue stages', () => {
  it('move one step forward without a reason', () => {
    expect(refuseTransition('planlagt', 'indkaldt', null)).toBeNull();
    expect(refuseTransition('godkendt', 'offentliggjort', null)).toBeNull();
  });

  it('need a reason to skip a stage or to go back', () => {
    expect(refuseTransition('planlagt', 'moede_afholdt', null)).toBe(
      'Springer du faser over (fra „Planlagt“ til „Møde afholdt“), skal du skrive en begrundelse på mindst 5 tegn.',
    );
    expect(refuseTransition('planlagt', 'moede_afholdt', 'Mødet blev holdt før systemet kom i brug')).toBeNull();
    expect(refuseTransition('gennemgaaet', 'indkaldt', ' ok ')).toBe(
      'Går du tilbage til „Indkaldt“, skal du skrive en begrundelse på mindst 5 tegn.',
    );
  });

  it('refuse moving to the stage it is in', () => {
    expect(refuseTransition('indkaldt', 'indkaldt', 'x')).toBe('Dialogen er allerede i fasen „Indkaldt“.');
  });
});
