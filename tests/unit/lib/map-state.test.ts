import { describe, expect, it } from 'vitest';
import { parseState, serializeState, type MapState } from '../../../src/lib/solutions-map/state.ts';

const KEYS = ['commune', 'type', 'academie', 'departement', 'lieu', 'vue'];
const keysOf = (fragment: string) => [...new URLSearchParams(fragment).keys()];

describe('serializeState and parseState', () => {
  const states: [string, MapState][] = [
    ['the empty state', { types: [] }],
    ['a commune only', { commune: '47157', types: [] }],
    [
      'every field',
      { commune: '2A004', types: ['micro-lycee', 'paps'], academie: 'bordeaux', departement: '47', lieu: 'paps-marmande', vue: 'carte' },
    ],
    ['the list on a phone', { types: ['clept'], vue: 'liste' }],
  ];

  it.each(states)('gives back %s', (_, state) => {
    expect(parseState(serializeState(state))).toEqual(state);
  });

  it('writes every field in a fixed order', () => {
    expect(serializeState(states[2]![1])).toBe(
      'commune=2A004&type=micro-lycee,paps&academie=bordeaux&departement=47&lieu=paps-marmande&vue=carte',
    );
  });

  it('writes nothing for the empty state', () => {
    expect(serializeState({ types: [] })).toBe('');
    expect(parseState('')).toEqual({ types: [] });
  });

  it('gives the same string whatever the order of the types', () => {
    const one = serializeState({ types: ['paps', 'micro-lycee', 'clept'] });
    expect(serializeState({ types: ['clept', 'paps', 'micro-lycee'] })).toBe(one);
    expect(serializeState({ types: ['micro-lycee', 'clept', 'paps'] })).toBe(one);
    expect(one).toBe('type=clept,micro-lycee,paps');
    expect(parseState(one).types).toEqual(['clept', 'micro-lycee', 'paps']);
  });

  it('encodes accents, spaces and the characters of a URL, and gives them back', () => {
    const state: MapState = { types: [], academie: 'Limoges', lieu: 'Micro-lycée de Bègles & Talence = 1+1 #2' };
    const fragment = serializeState(state);
    expect(fragment).not.toMatch(/[ éè#+]/);
    expect(keysOf(fragment)).toEqual(['academie', 'lieu']);
    expect(parseState(fragment)).toEqual(state);
    expect(parseState(`#${fragment}`)).toEqual(state);
  });
});

describe('parseState', () => {
  it('reads a shared link', () => {
    expect(parseState('#commune=47157&type=paps')).toEqual({ commune: '47157', types: ['paps'] });
  });

  it('accepts the fragment with or without its « # »', () => {
    expect(parseState('#commune=47157&vue=liste')).toEqual(parseState('commune=47157&vue=liste'));
  });

  it('ignores unknown keys', () => {
    expect(parseState('#commune=47157&q=marmande&lat=44.5&lon=0.16&utm_source=x')).toEqual({ commune: '47157', types: [] });
  });

  it('ignores a view it does not know', () => {
    expect(parseState('vue=satellite')).toEqual({ types: [] });
    expect(parseState('vue=CARTE&commune=47157')).toEqual({ commune: '47157', types: [] });
  });

  it('drops empty values', () => {
    expect(parseState('commune=&type=&academie=%20&departement=&lieu=&vue=')).toEqual({ types: [] });
    expect(parseState('type=,paps,,clept,')).toEqual({ types: ['paps', 'clept'] });
  });

  it('trims the spaces around a value', () => {
    expect(parseState('commune=%2047157%20')).toEqual({ commune: '47157', types: [] });
  });
});

describe('what serializeState may write', () => {
  it('writes only the keys of the map state, never a latitude or a longitude', () => {
    const states: MapState[] = [
      { types: [] },
      { commune: '33063', types: ['paps'], academie: 'bordeaux', departement: '33', lieu: 'x', vue: 'liste' },
      // Even when a caller passes its position along, by mistake or on purpose.
      { types: ['paps'], lat: 44.8378, lon: -0.5792, latitude: 44.8378, longitude: -0.5792, position: '44.8,-0.5' } as MapState,
    ];
    for (const state of states) {
      const fragment = serializeState(state);
      expect(KEYS).toEqual(expect.arrayContaining(keysOf(fragment)));
      expect(fragment).not.toMatch(/lat|lon|44\.8|0\.57/);
    }
  });
});
