import { describe, expect, it } from 'vitest';
import { builtinCatalogue } from '../../../shared/templates';
import { parseQuery } from '../../../shared/templates/search';

const catalogue = builtinCatalogue();
const ids = (query: string) => catalogue.search(query).map((t) => t.id);

describe('parseQuery', () => {
  it('reads sizes with units, shared by "x" runs, and keeps bare numbers open', () => {
    expect(parseQuery('Round 2.5in')).toEqual([{ kind: 'word', text: 'round' }, { kind: 'size', pt: 180 }]);
    expect(parseQuery('2.625 x 1 in')).toEqual([{ kind: 'size', pt: 189 }, { kind: 'size', pt: 72 }]);
    expect(parseQuery('2"')).toEqual([{ kind: 'size', pt: 144 }]);
    expect(parseQuery('50×25.4mm')).toEqual([{ kind: 'size', pt: 50 * (72 / 25.4) }, { kind: 'size', pt: 72 }]);
    expect(parseQuery('avery 5160')).toEqual([{ kind: 'word', text: 'avery' }, { kind: 'number', text: '5160', value: 5160 }]);
    expect(parseQuery('  ')).toEqual([]);
  });
});

describe('catalogue.search', () => {
  it('finds by brand and part, the exact id or alias first', () => {
    expect(ids('avery 5160')).toEqual(['avery-5160']);
    expect(ids('Avery L7160')[0]).toBe('avery-7160');
    expect(ids('8160')).toContain('avery-5160'); // through its alias Avery 8160
    expect(ids('aver 3274')).toEqual(['avery-3274-1', 'avery-3274-2', 'avery-3274-3']);
  });

  it('finds by size in inches or millimetres, within the rounding of the data', () => {
    expect(ids('2.625 x 1 in')).toContain('avery-5160');
    const rounds = ids('round 2.5 in');
    expect(rounds).toContain('avery-3274-3');
    expect(rounds.every((id) => catalogue.get(id)!.shape.kind === 'round')).toBe(true);
    expect(ids('63.5 x 38.1 mm')).toContain('avery-7160'); // stored as 181.4 × 108 pt
    expect(ids('2.625 x 1 mm')).toEqual([]);
  });

  it('finds by shape, category and paper words', () => {
    const ovals = ids('oval');
    expect(ovals).toHaveLength(25);
    expect(ovals).toContain('begalabel-v-200');
    expect(ids('cd').length).toBeGreaterThan(87); // every CD, and sheets described as CD labels
    const a4Cards = ids('business card a4');
    expect(a4Cards.length).toBeGreaterThan(0);
    expect(a4Cards.every((id) => catalogue.get(id)!.paper.id === 'A4')).toBe(true);
    const letterRounds = ids('letter round 2"');
    expect(letterRounds.length).toBeGreaterThan(0);
    expect(letterRounds.every((id) => catalogue.get(id)!.paper.id === 'US-Letter')).toBe(true);
  });

  it('returns the whole catalogue for an empty query and nothing for nonsense', () => {
    expect(catalogue.search('')).toHaveLength(catalogue.templates.length);
    expect(ids('zzzz')).toEqual([]);
  });
});
