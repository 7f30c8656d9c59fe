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
  'semaine.name': 'Semaine de la persévérance scolaire',
  'semaine.breadcrumb.home': 'Semaine de la persévérance',
  'semaine.breadcrumb.archives': 'Éditions',
  'semaine.genre.edition': 'Édition de la Semaine',
  'semaine.genre.action': 'Action de la Semaine',
  'semaine.genre.bulletin': 'Bulletin',
  'semaine.feeds.rss': 'Bulletins de la Semaine de la persévérance scolaire',
  'semaine.feeds.ics': 'Calendrier de la Semaine de la persévérance scolaire',
  'semaine.subscribe.rss': 'Suivre les bulletins (flux RSS)',
  'semaine.subscribe.ics': 'Ajouter la Semaine à votre agenda (fichier iCalendar)',
  'semaine.actions.byDepartement': 'Par département',
  'semaine.actions.noDepartement': 'Département non indiqué',
  'semaine.actions.byTheme': 'Par thème',
  'semaine.calendar.caption': 'Semaine {edition}, du {debut} au {fin} : département à l’honneur et bulletin de chaque jour',
  'semaine.calendar.day': 'Jour',
  'semaine.calendar.rank': 'jour {rank}',
  'semaine.calendar.bulletin': '{departement}[[, bulletin du {date}]]',
  'semaine.calendar.noBulletin': 'pas de bulletin',
  'semaine.home.description': 'La Semaine de la persévérance scolaire dans {academies}.',
  'semaine.home.lead_one':
    'Chaque année, début février, {academies} organise une semaine pour montrer l’importance de prévenir le décrochage et d’ancrer les élèves dans l’école.',
  'semaine.home.lead_other':
    'Chaque année, début février, {academies} organisent ensemble une semaine pour montrer l’importance de prévenir le décrochage et d’ancrer les élèves dans l’école.',
  'semaine.home.heading.enCours': 'Édition {edition} (en cours)',
  'semaine.home.heading.aVenir': 'Édition {edition} (à venir)',
  'semaine.home.heading.passee': 'Édition {edition} (dernière édition)',
  'semaine.home.bulletins': 'Bulletins quotidiens',
  'semaine.home.noEdition':
    'Les bulletins paraissent un par jour pendant la Semaine. Les dates de la prochaine édition ne sont pas encore annoncées : aucun bulletin n’est publié sur ce site pour l’instant.',
  'semaine.home.editionLink': 'Toute l’édition {edition}',
  'semaine.home.noBulletin': 'Les bulletins paraîtront un par jour et par académie pendant la Semaine : aucun n’est encore publié.',
  'semaine.home.archivesLink': 'Les éditions précédentes',
  'semaine.home.actions': 'Des actions des établissements',
  'semaine.home.actionsIntro':
    'Des actions présentées dans un bulletin quotidien de la Semaine (l’année de l’édition n’est pas toujours indiquée).',
  'semaine.edition.name': 'Édition {edition}',
  'semaine.edition.title': 'Semaine de la persévérance scolaire {edition}',
  'semaine.edition.description':
    'L’édition {edition} de la Semaine de la persévérance scolaire, du {debut} au {fin} : le calendrier, les bulletins quotidiens et les actions.',
  'semaine.edition.period': 'du {debut} au {fin}',
  'semaine.edition.lead': 'Du {debut} au {fin}.',
  'semaine.edition.leadTheme': 'Du {debut} au {fin}, sur le thème « {theme} ».',
  'semaine.edition.academies': 'Académies participantes : {academies}.',
  'semaine.edition.calendar': 'Calendrier',
  'semaine.edition.noBulletin': 'Aucun bulletin de cette édition n’est encore publié.',
  'semaine.edition.bulletins': 'Bulletins',
  'semaine.edition.bulletin': '[[{date}]], {academie}',
  'semaine.edition.bulletinHonoured': '[[{date}]], {academie} : {departement} à l’honneur',
  'semaine.edition.actions': 'Actions',
  'semaine.edition.noAction': 'Aucune action de cette édition n’est encore publiée.',
  'semaine.archives.title': 'Éditions de la Semaine de la persévérance scolaire',
  'semaine.archives.description': 'Toutes les éditions de la Semaine de la persévérance scolaire publiées sur ce site, année par année.',
  'semaine.archives.empty':
    'Aucune édition n’est encore publiée sur ce site : les dates de la prochaine édition ne sont pas encore annoncées.',
  'semaine.archives.period': 'Du {debut} au {fin}',
  'semaine.archives.periodTheme': 'Du {debut} au {fin} — « {theme} »',
  'semaine.archives.noBulletin': 'aucun bulletin publié',
  'semaine.archives.bulletins_one': '{count} bulletin',
  'semaine.archives.bulletins_other': '{count} bulletins',
  'semaine.action.description': 'Action de la Semaine de la persévérance scolaire : {action}, {etablissement} ({commune}).',
  'semaine.action.kicker': 'Action de la Semaine de la persévérance scolaire',
  'semaine.action.kickerEdition': 'Action de la Semaine de la persévérance scolaire, édition {edition}',
  'semaine.action.date': 'Le [[{date}]]',
  'semaine.action.thematiques': 'Thématiques : {thematiques}.',
  'semaine.action.partenaires': 'Partenaires : {partenaires}.',
  'semaine.bulletin.title': 'Bulletin du {date} — {academie}',
  'semaine.bulletin.description': 'Bulletin quotidien de la Semaine de la persévérance scolaire, {academie}, {date}.',
  'semaine.bulletin.kicker': 'Bulletin quotidien · {academie} · édition {edition}',
  'semaine.bulletin.honoured': 'À l’honneur : [[{departement}]]',
  'semaine.bulletin.phare': 'Action phare : [[{action}]]',
  'semaine.bulletin.actions': 'Actions du jour',
  'semaine.bulletin.zoom': 'Zoom du jour',
  'semaine.bulletin.zoomFiche': '[[{fiche}]] : {resume}',
  'semaine.bulletin.ressources': 'Ressources en ligne',
  'semaine.bulletin.headline': 'Bulletin de la Semaine de la persévérance scolaire du {date}',
  'semaine.rss.description': 'Les bulletins quotidiens de la Semaine de la persévérance scolaire {academies}.',
  'semaine.rss.item': 'Édition {edition}.',
  'semaine.rss.itemHonoured': 'Édition {edition} : {departement} à l’honneur.',
  'semaine.ics.daySummary': 'Semaine de la persévérance scolaire — jour {day}',
  'semaine.ics.dayEdition': 'Édition {edition}, {date}.',
  'semaine.ics.dayTheme': 'Thème : {theme}.',
  'semaine.ics.dayHonoured': 'À l’honneur : {departements}.',
  // — end semaine —

  // — donnees: open data: pages/donnees —
  'donnees.title': 'Données ouvertes',
  'donnees.description':
    'Les dispositifs de persévérance scolaire, les fiches et les actions de la Semaine en fichiers ouverts : JSON, CSV, GeoJSON et iCalendar.',
  'donnees.lead':
    'Tout ce que le site publie sur les dispositifs, les fiches techniques et la Semaine de la persévérance scolaire est aussi disponible en fichiers, libres de réutilisation. Ils sont refaits à chaque mise à jour du site.',
  'donnees.files.title': 'Les fichiers',
  'donnees.files.item': '[[{file}]] ({format}) : {what}.',
  'donnees.files.csvFormat': 'CSV (UTF-8, virgules, RFC 4180)',
  'donnees.files.dispositifs_one': '{count} dispositif, un objet par dispositif',
  'donnees.files.dispositifs_other': 'les {count} dispositifs, un objet par dispositif',
  'donnees.files.csv': 'les mêmes lignes, pour un tableur',
  'donnees.files.geojson': 'les dispositifs situés, un point chacun, pour un logiciel de carte',
  'donnees.files.fiches_one': '{count} fiche technique (titre, champ, résumé)',
  'donnees.files.fiches_other': 'les {count} fiches techniques (titre, champ, résumé)',
  'donnees.files.actions_one': '{count} action de la Semaine de la persévérance scolaire',
  'donnees.files.actions_other': 'les {count} actions de la Semaine de la persévérance scolaire',
  'donnees.files.ics': 'les jours de la Semaine et ses actions datées, pour un agenda',
  'donnees.licence.title': 'Licence',
  'donnees.licence.text':
    'Nos contenus sont publiés sous la [[Licence Ouverte 2.0]] (Etalab) : vous pouvez les copier, les modifier et les republier, y compris pour un usage commercial, en citant la source (« {site}, {territory} ») et la date de mise à jour.',
  'donnees.licence.others': 'Certaines données viennent d’autres producteurs, à citer aussi :',
  // The missing space before the link is today's page, kept byte for byte.
  'donnees.licence.cog':
    'les communes, leurs codes Insee et les départements : Code officiel géographique de l’Insee, par le paquet[[decoupage-administratif]] d’Etalab (Licence Ouverte 2.0) ;',
  'donnees.licence.geonames': 'les positions des centres de commune : [[GeoNames]], licence CC BY 4.0 ;',
  'donnees.licence.svgMaps': 'les contours des départements des cartes : [[svg-maps]], licence CC BY 4.0.',
  'donnees.licence.sources':
    'Chaque ligne donne le document d’où viennent ses informations ; la liste complète est sur la page [[Nos sources]].',
  'donnees.fields.title': 'Les champs des dispositifs',
  'donnees.fields.intro':
    'Les noms de champs reprennent ceux de data·inclusion et du standard des lieux de médiation numérique quand ils existent, pour que les mêmes outils puissent lire ces fichiers. Un champ vide signifie que les documents publiés ne donnent pas l’information.',
  'donnees.fields.approximate':
    'Attention : les positions sont le plus souvent celles du centre de la commune, pas du bâtiment (champ [[{field}]]).',
  // {equals}, {plus}, {minus}, {at} and {phone} are shown as code. The missing space before {at} is today's page, kept byte for byte.
  'donnees.fields.csv':
    'Dans le fichier CSV, chaque texte est entre guillemets, et un texte qui commence par {equals}, {plus}, {minus} ou{at} (un téléphone {phone}, par exemple) est précédé d’une apostrophe : un tableur le lit comme du texte et non comme une formule. Les fichiers JSON et GeoJSON donnent les valeurs telles quelles.',
  'donnees.fields.caption': 'Champs de dispositifs.json, dispositifs.csv et dispositifs.geojson',
  'donnees.fields.name': 'Champ',
  'donnees.fields.meaning': 'Signification',
  'donnees.fields.example': 'Exemple',
  // — end donnees —

  // — components: shared components: src/components/*.astro, dispositif/, modeles/, static-maps/ —
  // — end components —

  // — pages: pages of dispositifs, établissements, territories, fiches, ressources, glossary, sources, site map, 404 —
  // — end pages —

  // — formats —
  'distance.m': 'à {m} m',
  'distance.km': 'à {km} km',
} satisfies Record<string, string>;
