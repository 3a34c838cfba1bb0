import { describe, expect, it } from 'vitest';
import { colourOf, overallColour, ruleProblem } from './colour.ts';

describe('colourOf at its boundaries', () => {
  const henl = { kind: 'absolute' as const, yellow: 200, red: 100 };
  it('higher is better: below red is red, below yellow is yellow, the threshold itself is the better colour', () => {
    expect(colourOf(henl, 'higher', 99.99)).toBe('red');
    expect(colourOf(henl, 'higher', 100)).toBe('yellow');
    expect(colourOf(henl, 'higher', 199.99)).toBe('yellow');
    expect(colourOf(henl, 'higher', 200)).toBe('green');
  });
  it('lower is better: above red is red, above yellow is yellow', () => {
    const move = { kind: 'absolute' as const, yellow: 15, red: 25 };
    expect(colourOf(move, 'lower', 15)).toBe('green');
    expect(colourOf(move, 'lower', 15.1)).toBe('yellow');
    expect(colourOf(move, 'lower', 25)).toBe('yellow');
    expect(colourOf(move, 'lower', 25.1)).toBe('red');
  });
  it('a deficit is red when yellow and red are both 0', () => {
    const result = { kind: 'absolute' as const, yellow: 0, red: 0 };
    expect(colourOf(result, 'higher', -1)).toBe('red');
    expect(colourOf(result, 'higher', 0)).toBe('green');
  });
  it('relative: the worst share of comparable estates, counted from the bad end', () => {
    const rel = { kind: 'relative' as const, yellow: 25, red: 10 };
    expect(colourOf(rel, 'higher', 1, 9.9)).toBe('red');
    expect(colourOf(rel, 'higher', 1, 10)).toBe('yellow');
    expect(colourOf(rel, 'higher', 1, 25)).toBe('green');
    // Lower is better (rent): the highest values are the worst.
    expect(colourOf(rel, 'lower', 1, 90.1)).toBe('red');
    expect(colourOf(rel, 'lower', 1, 90)).toBe('yellow');
    expect(colourOf(rel, 'lower', 1, 75)).toBe('green');
  });
  it('no value, no rule, no direction or no percentile: no colour', () => {
    expect(colourOf(henl, 'higher', undefined)).toBeNull();
    expect(colourOf(undefined, 'higher', 5)).toBeNull();
    expect(colourOf(henl, 'none', 5)).toBeNull();
    expect(colourOf({ kind: 'relative', yellow: 25, red: 10 }, 'higher', 5)).toBeNull();
  });
});

describe('overallColour', () => {
  it('is the worst colour, ignoring the missing ones', () => {
    expect(overallColour(['green', null, 'yellow'])).toBe('yellow');
    expect(overallColour(['green', 'red', 'yellow'])).toBe('red');
    expect(overallColour([null, null])).toBeNull();
  });
});

describe('ruleProblem', () => {
  it('refuses yellow below red where higher is better, and the reverse', () => {
    expect(ruleProblem({ kind: 'absolute', yellow: 100, red: 200 }, 'higher')?.field).toBe('yellow');
    expect(ruleProblem({ kind: 'absolute', yellow: 200, red: 200 }, 'higher')).toBeNull();
    expect(ruleProblem({ kind: 'absolute', yellow: 30, red: 20 }, 'lower')?.message).toMatch(/lavere er bedre/);
    expect(ruleProblem({ kind: 'relative', yellow: 5, red: 10 }, 'higher')?.field).toBe('yellow');
    expect(ruleProblem({ kind: 'relative', yellow: 120, red: 10 }, 'higher')?.message).toMatch(/mellem 0 og 100/);
    expect(ruleProblem({ kind: 'absolute', yellow: 1, red: 0 }, 'none')).not.toBeNull();
  });
});
