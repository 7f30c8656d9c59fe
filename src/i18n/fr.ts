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

  // — families: the guide (components/guide, pages/quelle-solution), contacts —
  'guide.title': 'Quelle solution pour moi ?',
  'guide.description': 'Trois questions au plus pour trouver la solution qui vous convient et le lieu le plus proche.',
  'guide.lead': 'Répondez à trois questions au plus. À la fin, vous saurez quelle solution vous convient, comment y entrer et qui appeler.',
  'guide.privacy': 'Vos réponses restent sur votre appareil : rien n’est envoyé ni enregistré.',
  'guide.restart': 'Recommencer',
  'guide.question.age': 'Quel âge avez-vous ?',
  'guide.question.situation': 'Où en êtes-vous aujourd’hui ?',
  'guide.question.projet': 'Que voulez-vous faire ?',
  'guide.age.under': 'Moins de {age} ans',
  'guide.age.exact': '{age} ans',
  'guide.age.range': 'De {min} à {max} ans',
  'guide.age.over': '{age} ans ou plus',
  'guide.situation.scolarise': 'Je vais encore au collège ou au lycée, mais je pense à arrêter',
  'guide.situation.sortiMoinsDe6Mois': 'J’ai arrêté l’école il y a moins de six mois',
  'guide.situation.sortiDepuis6Mois': 'J’ai arrêté l’école il y a six mois ou plus',
  'guide.situation.nouvelArrivant': 'Je suis arrivé en France il y a moins d’un an et j’apprends le français',
  'guide.projet.diplome': 'Préparer un diplôme, comme le baccalauréat',
  'guide.projet.accompagnement': 'Être accompagné pour trouver une formation ou un métier',
  'guide.steps.title': 'Vos réponses',
  'guide.steps.change': 'Modifier',
  'guide.steps.changeLabel': 'Modifier la réponse : {question}',
  'guide.end.title': 'Les solutions pour vous',
  'guide.end.none': 'Pas de solution sur ce site pour votre situation',
  'guide.end.noneText': 'Aucune des solutions de ce site ne correspond à vos réponses. Voici qui peut vous aider.',
  'guide.end.access': 'Comment y entrer',
  'guide.end.map': 'Voir les lieux les plus proches sur la carte',
  'guide.end.noPlace': 'Aucun lieu de ce type n’est encore publié sur ce site.',
  'guide.end.more': 'En savoir plus : {title}',
  'guide.end.contact': 'Qui contacter',
  'guide.end.steps.scolarise': 'Vous êtes encore inscrit dans un établissement : il est le premier à pouvoir vous aider.',
  'guide.end.steps.sorti': 'Vous avez quitté l’école : vous avez le droit d’y revenir. Voici à qui vous adresser.',
  'guide.end.steps.nouvelArrivant': 'Les services de l’académie peuvent vous orienter.',
  'guide.end.academie': '{academie} :',
  'contact.phone': 'Téléphone :',
  'contact.email': 'Courriel :',
  'contact.website': 'Site web :',
  'contact.source': 'Source : {source}.',
  // — end families —

  // — formats —
  'distance.m': 'à {m} m',
  'distance.km': 'à {km} km',
} satisfies Record<string, string>;
