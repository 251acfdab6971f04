import { describe, expect, it } from 'vitest';
import { startableTracks } from './mediation-tracks';

describe('startableTracks', () => {
  it('offers police mediation only when the server listed mediate_police', () => {
    expect(startableTracks({ actions: ['edit'] })).toEqual(['people', 'administrative']);
    expect(startableTracks({ actions: ['edit', 'mediate_police'] })).toEqual(['people', 'police', 'administrative']);
  });
});
