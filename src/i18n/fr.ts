/**
 * The interface's French strings: every label, heading, notice and message a
 * page or a browser script shows, that does not come from `content/`.
 * Keys are `area.what`; `{name}` is filled in; `key_one`/`key_other` are the
 * plural forms; `[[…]]` marks the text of a link inside a sentence
 * (src/i18n/translate.ts). Names, addresses, phones, dates and figures are
 * never written here: they come from the content.
 */
export const fr = {
  // — page shell —
  'site.skipLink': 'Aller au contenu',
  'nav.label': 'Menu principal',
  'nav.dispositifs': 'Trouver une solution',
  'nav.fiches': 'Fiches techniques',
  'nav.semaine': 'Semaine de la persévérance',
  'nav.ressources': 'Ressources',
  'nav.glossaire': 'Glossaire',
  'header.searchLabel': 'Rechercher sur le site',
  'header.searchPlaceholder': 'Rechercher (GPDS, une commune…)',
  'header.searchButton': 'Rechercher',
  'breadcrumb.label': 'Fil d’Ariane',
  'breadcrumb.home': 'Accueil',
  'footer.label': 'Pied de page',
  'footer.credit':
    '{site}, {territory}. Les informations viennent de documents publics de l’Éducation nationale, cités sur chaque page ([[nos sources]]).',
  'footer.planDuSite': 'Plan du site',
  'footer.accessibilite': 'Accessibilité : {status}',
  'footer.mentions': 'Mentions légales',
  'footer.donneesPersonnelles': 'Données personnelles',
  'footer.aPropos': 'À propos',
  'footer.contribuer': 'Contribuer',
  'footer.donnees': 'Données ouvertes',

  // — kinds of dispositif (src/lib/dispositif-types.ts) —
  'type.paps_one': "Pôle d'accompagnement à la persévérance scolaire",
  'type.paps_other': "Pôles d'accompagnement à la persévérance scolaire",
  'type.dipa_one': "Dispositif d'insertion des primo-arrivants",
  'type.dipa_other': "Dispositifs d'insertion des primo-arrivants",
  'type.micro-lycee_one': 'Micro-lycée',
  'type.micro-lycee_other': 'Micro-lycées',
  'type.reseau-foquale_one': 'Réseau formation qualification emploi',
  'type.reseau-foquale_other': 'Réseaux formation qualification emploi',
  'type.paqi_one': "Pôle d'accompagnement à la qualification et à l'insertion",
  'type.paqi_other': "Pôles d'accompagnement à la qualification et à l'insertion",
  'type.psad_one': "Plate-forme de suivi et d'appui aux décrocheurs",
  'type.psad_other': "Plates-formes de suivi et d'appui aux décrocheurs",

  // — map: the solutions map: components/solutions-map, pages/carte —
  // — end map —

  // — search: the site search: components/search, pages/recherche —
  // — end search —

  // — semaine: the Semaine: components/semaine, pages/semaine, its feeds —
  // — end semaine —

  // — donnees: open data: pages/donnees —
  // — end donnees —

  // — components: shared components: src/components/*.astro, dispositif/, modeles/, static-maps/ —
  // — end components —

  // — pages: pages of dispositifs, établissements, territories, fiches, ressources, glossary, sources, site map, 404 —
  // — end pages —

  // — formats —
  'distance.m': 'à {m} m',
  'distance.km': 'à {km} km',
} satisfies Record<string, string>;
