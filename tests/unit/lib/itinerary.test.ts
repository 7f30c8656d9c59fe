import { describe, expect, it } from 'vitest';
import { directionsUrl, geoUri, itineraryNote } from '../../../src/lib/geo/itinerary.ts';
import { describePrecision } from '../../../src/lib/geo/positions.ts';
import { dePlace } from '../../../src/lib/format/text.ts';
import { useTranslations } from '../../../src/i18n/dictionaries.ts';

const t = useTranslations('fr');

describe('links to a place', () => {
  const bergerac = { lat: 44.851570001, lon: 0.48171 };

  it('ask OpenStreetMap for directions to the place, from anywhere', () => {
    expect(directionsUrl(bergerac)).toBe('https://www.openstreetmap.org/directions?route=%3B44.85157%2C0.48171');
  });

  it('give phones a geo: URI (RFC 5870)', () => {
    expect(geoUri({ lat: 44.66126, lon: -1.17255 })).toBe('geo:44.66126,-1.17255');
  });
});

describe('what the reader is told', () => {
  it('warns that the itinerary goes to the commune centre, and what helps then', () => {
    expect(itineraryNote(t, 'commune', 'Arcachon', 'adresse')).toMatchInlineSnapshot(
      `"L’itinéraire et l’application de cartes vous mènent au centre de la commune d’Arcachon, pas jusqu’à la porte : pour la fin du trajet, aidez-vous de l’adresse indiquée plus haut."`,
    );
    expect(itineraryNote(t, 'departement', 'Bergerac', 'adresse')).toContain('à ce point approximatif');
    expect(itineraryNote(t, 'exacte', 'Bergerac', 'adresse')).toBeUndefined();
  });

  it('never points to an address the page does not give', () => {
    expect(itineraryNote(t, 'commune', 'Bordeaux', 'telephone')).toMatchInlineSnapshot(
      `"L’itinéraire et l’application de cartes vous mènent au centre de la commune de Bordeaux, pas jusqu’à la porte : pour la fin du trajet, appelez l’établissement pour demander le chemin."`,
    );
    expect(itineraryNote(t, 'commune', 'Bordeaux', 'rien')).toMatchInlineSnapshot(
      `"L’itinéraire et l’application de cartes vous mènent au centre de la commune de Bordeaux, pas jusqu’à la porte."`,
    );
  });

  it('writes « de » before a commune as French does', () => {
    expect(['Bergerac', 'Agen', 'Évaux-les-Bains', 'Le Bouscat', 'Les Eyzies', 'La Réole'].map(dePlace)).toEqual([
      'de Bergerac',
      'd’Agen',
      'd’Évaux-les-Bains',
      'du Bouscat',
      'des Eyzies',
      'de La Réole',
    ]);
    expect(describePrecision(t, 'commune', 'Eysines')).toBe(
      'Position approximative : le point est placé au centre de la commune d’Eysines, pas à l’adresse exacte.',
    );
  });
});
