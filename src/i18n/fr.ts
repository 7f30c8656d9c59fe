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
  'contact.title': 'Contact',
  'contact.noAddress': 'Le document source ne donne pas l’adresse.',
  'contact.phone': 'Téléphone :',
  'contact.noPhone': 'Le document source ne donne pas de téléphone.',
  'contact.email': 'Courriel :',
  'contact.webSite': 'Site web :',
  'webSite.owner': '(site web : {owner})',
  'ficheSections.objectifs': 'Objectifs',
  'ficheSections.publicVise': 'Public visé',
  'ficheSections.personnesEngagees': 'Personnes engagées',
  'ficheSections.modalites': "Modalités de l'action",
  'ficheSections.zoneApplication': "Zone d'application",
  'ficheSections.evaluation': 'Évaluation',
  'public.ages_one': 'De {min} à {count} an.',
  'public.ages_other': 'De {min} à {count} ans.',
  'public.agesFrom_one': 'À partir de {count} an.',
  'public.agesFrom_other': 'À partir de {count} ans.',
  'public.agesUpTo_one': 'Jusqu’à {count} an.',
  'public.agesUpTo_other': 'Jusqu’à {count} ans.',
  'reportError.text': 'Une information est fausse ou a changé ? [[Signaler une erreur]]',
  'sourceNote.label': 'Source de l’information',
  'sourceNote.dated_one': 'Information du [[{date}]] — source',
  'sourceNote.dated_other': 'Information du [[{date}]] — sources',
  'sourceNote.separator': ' ; ',
  'sourceNote.undated_one': 'Source',
  'sourceNote.undated_other': 'Sources',
  'sourceNote.checked': '— {periode}. Entrée vérifiée le [[{date}]].',
  'sourceNote.staleTitle': 'Information de plus de deux ans.',
  'sourceNote.staleText':
    'Elle a pu changer depuis : vérifiez-la auprès de l’établissement avant de vous déplacer, et signalez-nous une modification avec le lien ci-dessous.',
  'lettreMission.title': 'Lettre de mission du référent « décrochage scolaire »',
  'lettreMission.annee': 'Année scolaire',
  'lettreMission.referent': 'Civilité et nom du référent',
  'lettreMission.etablissement': 'Nom de l’établissement',
  'lettreMission.chef': 'Civilité et nom du chef d’établissement',
  'lettreMission.imp': 'Nombre d’IMP',
  'lettreMission.taux': 'Taux en euros',
  'lettreMission.chefSignature': 'Le chef d’établissement',
  'lettreMission.referentSignature': 'Le ou la référent(e)',
  'lettreMission.seen': 'Vu et pris connaissance le',
  'lettreMission.signature': 'Signature',
  'choropleth.none': 'Aucune solution recensée',
  'choropleth.exactly_one': '{count} solution',
  'choropleth.exactly_other': '{count} solutions',
  'choropleth.range_one': 'De {min} à {count} solution',
  'choropleth.range_other': 'De {min} à {count} solutions',
  'choropleth.atLeast_one': '{count} solution ou plus',
  'choropleth.atLeast_other': '{count} solutions ou plus',
  'departementsMap.label': 'Carte des départements',
  'departementsMap.link_one': '{name} ({code}) : {count} solution',
  'departementsMap.link_other': '{name} ({code}) : {count} solutions',
  'departementsMap.caption':
    'Nombre de solutions recensées dans chaque département, écrit sur la carte. Chaque département mène à sa page ; les tableaux ci-dessous donnent les mêmes chiffres.',
  'staticMaps.credit': '{outlines}.',
  'staticMaps.creditGeoNames': '{outlines} ; position : GeoNames (CC BY 4.0).',
  'locationMap.exact': 'Position exacte.',
  'locationMap.label': 'Carte : {departement} ({code}), avec un point sur {commune}.',
  'locationMap.labelNoOutline': 'Carte : un point sur {commune}.',
  'whereSection.title': 'Où ?',
  'whereSection.interactiveMap': 'Voir sur la carte interactive',
  'whereSection.directions': 'Calculer un itinéraire (site OpenStreetMap)',
  'whereSection.mapApp': 'Ouvrir dans une application de cartes',
  'academieNames.the_one': 'l’académie {ofCities}',
  'academieNames.the_other': 'les académies {ofCities}',
  'academieNames.of_one': 'de l’académie {ofCities}',
  'academieNames.of_other': 'des académies {ofCities}',
  // — end components —

  // — pages: pages of dispositifs, établissements, territories, fiches, ressources, glossary, sources, site map, 404 —
  'home.title': 'Accueil',
  'home.heading': 'Persévérance scolaire {territory}',
  'home.familles.heading': 'Familles et jeunes',
  'home.familles.text':
    'Vous avez quitté l’école, ou vous y pensez ? Trouvez un lieu près de chez vous pour reprendre une formation : qui peut y aller, comment y entrer, qui appeler.',
  'home.familles.cta': 'Chercher près de chez moi',
  'home.familles.typeCount': '{count} {type}',
  'home.equipes.heading': 'Équipes éducatives',
  'home.equipes.text_one':
    'Référents décrochage, CPE, chefs d’établissement : {count} fiche technique (GPDS, PAFI, alliances éducatives, droit au retour en formation…) et des [[modèles de documents]] à remplir.',
  'home.equipes.text_other':
    'Référents décrochage, CPE, chefs d’établissement : {count} fiches techniques (GPDS, PAFI, alliances éducatives, droit au retour en formation…) et des [[modèles de documents]] à remplir.',
  'home.semaine.heading': 'Semaine de la persévérance',
  'home.semaine.text_one': 'Chaque année début février, {academies} met en valeur les actions des établissements : {published}.',
  'home.semaine.text_other': 'Chaque année début février, {academies} mettent en valeur les actions des établissements : {published}.',
  'home.semaine.published_one': '{count} action déjà publiée',
  'home.semaine.published_other': '{count} actions déjà publiées',
  'home.byDepartement': 'Par département',

  'dispositifs.title': 'Trouver une solution',
  'dispositifs.description':
    'Les micro-lycées, pôles d’accompagnement à la persévérance scolaire (PAPS) et le DIPA, par département, avec adresse et téléphone.',
  'dispositifs.lead':
    'Vous avez quitté l’école, ou vous pensez à la quitter ? Ces lieux accueillent les jeunes pour reprendre une formation ou s’y maintenir. Choisissez un type de solution, puis votre département.',
  'dispositifs.cta': 'Chercher la solution la plus proche de chez vous',
  'dispositifs.ctaHint': 'par commune, code postal ou autour de vous, sur une carte',
  'dispositifs.byDepartement': 'Vous pouvez aussi consulter [[la liste par département]].',
  'dispositifs.typesNav': 'Types de solution',
  'dispositifs.ficheLink': '[[En savoir plus sur la fiche technique]].',

  'dispositif.description': '{type} : pour qui, comment y entrer, adresse et téléphone.',
  'dispositif.descriptionIn': '{type} à {commune} : pour qui, comment y entrer, adresse et téléphone.',
  'dispositif.summary': '{type}.',
  'dispositif.summaryIn': '{type} à {commune}.',
  'dispositif.searchGenre': 'Dispositif',
  'dispositif.what': 'Ce que c’est',
  'dispositif.forWhom': 'Pour qui ?',
  'dispositif.access': 'Comment y entrer ?',
  'dispositif.accessUnknown': 'Les documents publiés ne le précisent pas : appelez l’établissement pour savoir comment y être admis.',
  'dispositif.formations': 'Ce qu’on peut y préparer',
  'dispositif.equipes': 'Pour les équipes éducatives',
  'dispositif.fiche': 'Fiche technique : [[{title}]]',

  'etablissement.description': '{name}, {commune} : adresse, téléphone et dispositifs de persévérance scolaire accueillis.',
  'etablissement.searchGenre': 'Établissement',
  'etablissement.hosted': 'Dispositifs accueillis',
  'etablissement.allSolutions': 'Toutes les solutions',

  'academie.description': '{name} : ses départements, ses contacts et les chiffres de la lutte contre le décrochage scolaire.',
  'academie.searchGenre': 'Académie',
  'academie.departements': 'Départements',
  'academie.solutions': '{count} solution(s) recensée(s)',
  'academie.contacts': 'Contacts',
  'academie.noContact': 'Les documents publiés ne donnent pas de contact pour cette académie.',
  'academie.contact.phone': 'Téléphone :',
  'academie.contact.email': 'Courriel :',
  'academie.contact.website': 'Site web :',
  'academie.contact.source': 'Source : {source}.',
  'academie.figures': 'Chiffres publiés',
  'academie.figures.byDepartement': '{departement} : {value}',
  'academie.figures.source': 'source :',

  'departements.label': 'Départements',
  'departements.title': 'Les départements',
  'departements.description': 'Les départements {ofAcademies} et le nombre de solutions dans chacun.',
  'departements.lead': 'Le nombre de solutions recensées dans chaque département, académie par académie.',
  'departements.caption': 'Solutions recensées par département, {academie}',
  'departements.departement': 'Département',
  'departements.zeroNotice':
    'Un zéro signifie que les documents publiés ne recensent aucune solution de ce type dans le département, pas qu’il n’en existe aucune.',

  'departement.description': 'Les solutions de persévérance scolaire et les actions de la Semaine en {departement}.',
  'departement.searchGenre': 'Département',
  'departement.lead': 'Département de l’[[{academie}]].',
  'departement.solutions': 'Solutions',
  'departement.noSolution': 'Les documents publiés ne recensent pas encore de solution dans ce département.',
  'departement.actions': 'Actions de la Semaine de la persévérance',
  'departement.noAction': 'Aucune action de ce département n’est encore publiée.',

  'fiches.title': 'Fiches techniques',
  'fiches.description':
    'Les fiches techniques pour les équipes : GPDS, référent décrochage, PAFI, alliances éducatives, droit au retour en formation…',
  'fiches.lead':
    'Pour les chefs d’établissement, CPE, référents décrochage et équipes : chaque dispositif et chaque démarche, avec ses objectifs, son public, les personnes engagées et ses modalités. Les fiches sont rangées selon les trois champs de la lutte contre le décrochage.',
  'fiches.champsNav': 'Champs',

  'fiche.kind': 'Fiche technique',
  'fiche.champ': 'champ : [[{champ}]]',
  'fiche.access': 'Comment un jeune y accède',
  'fiche.textes': 'Textes de référence',
  'fiche.where': 'Où le trouver',
  'fiche.seeAlso': 'Voir aussi',
  'fiche.printHint': 'Pour imprimer cette fiche sur une page A4 propre, utilisez la commande Imprimer de votre navigateur (Ctrl + P).',

  'ressources.title': 'Ressources',
  'ressources.description': 'Modèles de documents, textes officiels, vidéos et conférences sur la persévérance scolaire.',
  'ressources.lead': 'Des modèles à remplir et imprimer, les textes officiels cités par les fiches, et des ressources en ligne.',
  'ressources.type.modele': 'Modèles de documents',
  'ressources.type.guide': 'Guides',
  'ressources.type.video': 'Vidéos',
  'ressources.type.conference': 'Conférences en ligne',
  'ressources.type.texteOfficiel': 'Textes officiels',
  'ressources.type.lien': 'Liens utiles',

  'ressource.searchGenre': 'Ressource',
  'ressource.kicker': '{type} · pour : {publics}',
  'ressource.consult': '[[Consulter la ressource]] (site externe)',
  'ressource.download': 'Télécharger le document',
  'ressource.fill': 'Remplir et imprimer',
  'ressource.fillHint':
    'Complétez les champs à l’écran, puis imprimez avec la commande Imprimer de votre navigateur (Ctrl + P) : seule la lettre est imprimée. Rien de ce que vous saisissez n’est envoyé ni enregistré.',

  'glossaire.title': 'Glossaire',
  'glossaire.description': 'Les sigles de la persévérance scolaire expliqués : MLDS, GPDS, PAFI, FOQUALE, PSAD, PAPS…',
  'glossaire.searchGenre': 'Glossaire',
  'glossaire.summary': 'Tous les sigles du site, avec leur signification.',
  'glossaire.lead': 'Tous les sigles utilisés sur ce site, avec leur signification.',
  'glossaire.lettersNav': 'Lettres',
  'glossaire.fiche': 'Fiche : [[{title}]]',

  'sources.title': 'Nos sources',
  'sources.description': 'Les documents publics d’où viennent les informations publiées sur ce site.',
  'sources.lead':
    'Chaque information du site vient d’un de ces documents, cité sur sa page avec sa date. Les faits (noms, adresses, téléphones, âges, durées, dates) sont repris à l’identique ; les textes sont réécrits pour être plus simples à lire.',
  'sources.online': 'en ligne',

  'planDuSite.title': 'Plan du site',
  'planDuSite.description': 'Toutes les pages du site, rubrique par rubrique.',
  'planDuSite.etablissements': 'Établissements',
  'planDuSite.semaine': 'Semaine de la persévérance scolaire',
  'planDuSite.accessibilite': 'Accessibilité',

  'notFound.title': 'Page introuvable',
  'notFound.description': 'Cette page n’existe pas ou a été déplacée.',
  'notFound.lead': 'Cette page n’existe pas, ou elle a été déplacée.',
  'notFound.home': 'Retour à l’accueil',
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
  'contact.source': 'Source : {source}.',
  // — end families —

  // — formats —
  'distance.m': 'à {m} m',
  'distance.km': 'à {km} km',
} satisfies Record<string, string>;
