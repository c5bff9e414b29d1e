"""English for the interface strings (the source strings are Dutch; see docs/design.md)."""

PLURALS = {
    "Geannuleerd na %n notities.": ["Cancelled after %n note.", "Cancelled after %n notes."],
    "%n notities en een eisenmatrix geschreven in %1.": ["%n note and a demand matrix written to %1.",
                                                         "%n notes and a demand matrix written to %1."],
    "Wijzigingen (%n)": ["Changes (%n)", "Changes (%n)"],
    "Niet overgenomen (%n)": ["Not taken over (%n)", "Not taken over (%n)"],
    "%n onderdelen toevoegen": ["add %n item", "add %n items"],
    "%n onderdelen verwijderen": ["remove %n item", "remove %n items"],
    "%n onderdelen uit het pakket gehaald, ook aangepaste.": ["%n item taken out of the pack, with your changes.",
                                                              "%n items taken out of the pack, some with your changes."],
    "%n wijzigingen uit %1 overgenomen.": ["%n change taken over from %1.", "%n changes taken over from %1."],
}

# Dutch plural forms (singular, plural) for the Dutch source strings: g40desk_nl.ts holds only these.
DUTCH_PLURALS = {
    "Geannuleerd na %n notities.": ["Geannuleerd na %n notitie.", "Geannuleerd na %n notities."],
    "%n notities en een eisenmatrix geschreven in %1.": ["%n notitie en een eisenmatrix geschreven in %1.",
                                                         "%n notities en een eisenmatrix geschreven in %1."],
    "Wijzigingen (%n)": ["Wijziging (%n)", "Wijzigingen (%n)"],
    "Niet overgenomen (%n)": ["Niet overgenomen (%n)", "Niet overgenomen (%n)"],
    "%n onderdelen toevoegen": ["%n onderdeel toevoegen", "%n onderdelen toevoegen"],
    "%n onderdelen verwijderen": ["%n onderdeel verwijderen", "%n onderdelen verwijderen"],
    "%n onderdelen uit het pakket gehaald, ook aangepaste.": ["%n onderdeel uit het pakket gehaald, met uw aanpassingen.",
                                                              "%n onderdelen uit het pakket gehaald, ook aangepaste."],
    "%n wijzigingen uit %1 overgenomen.": ["%n wijziging uit %1 overgenomen.", "%n wijzigingen uit %1 overgenomen."],
}

# Where one Dutch word means two things, the context decides.
BY_CONTEXT = {("Labels", "Doel"): "Goal"}

ENGLISH = {
    "Er ging iets mis in g40desk. Sla uw werk op, zo nodig onder een nieuwe naam, en ga verder.":
        "Something went wrong in g40desk. Save your work, under a new name if need be, and carry on.",
    "Details voor IT-ondersteuning: %s": "Details for IT support: %s",
    # labels
    "hoog": "high", "middel": "medium", "laag": "low",
    "open": "open", "aangekaart": "raised", "in behandeling": "in progress", "toegezegd": "agreed",
    "gerealiseerd": "achieved", "afgewezen": "rejected",
    "Openbaar": "Public", "Intern": "Internal", "Vertrouwelijk": "Confidential",
    "Onderdeel": "Section", "Vraag": "Question", "Kernboodschap": "Core message", "Thema": "Theme",
    "Doel": "Purpose", "Eis": "Demand", "Kerngegeven": "Key figure",
    "Sociale Pijler": "Social pillar", "Pijler Economie & Werk": "Economy & Work pillar",
    "Fysieke Pijler": "Physical pillar",
    # exporting
    "Word-notitie exporteren": "Export Word note", "Word-document (*.docx)": "Word document (*.docx)",
    "Excel-matrix exporteren": "Export Excel matrix", "Excel-werkmap (*.xlsx)": "Excel workbook (*.xlsx)",
    "Bezig met exporteren naar %s…": "Exporting to %s…", "Geëxporteerd: %s": "Exported: %s",
    "Geëxporteerd naar %s.": "Exported to %s.", "Let op:": "Please note:", "Export klaar": "Export finished",
    "Nu openen?": "Open it now?", "Exporteren mislukt": "Export failed",
    "Er is niets verloren: het pakket is nog open.": "Nothing was lost: the pack is still open.",
    "Doelgroepen van het pakket": "The pack's audiences", "Alle steden": "All cities",
    "Alle ministeries": "All ministries", "Exporteren per doelgroep": "Export per audience",
    "Eén notitie voor:": "One note for:",
    "Het pakket heeft nog geen doelgroep. Voeg er een toe op het tabblad Pakket.":
        "The pack has no audience yet. Add one on the Pack tab.",
    "Map voor de notities": "Folder for the notes", "Notities schrijven…": "Writing notes…",
    "Annuleren": "Cancel", "Notitie %1 van %2…": "Note %1 of %2…", "Eisenmatrix schrijven…": "Writing the demand matrix…",
    "Matrix importeren": "Import matrix", "Excel-werkmap (*.xlsx *.xlsm)": "Excel workbook (*.xlsx *.xlsm)",
    "Matrix importeren mislukt": "Matrix import failed", "matrix importeren": "import matrix",
    # files
    "Niet-opgeslagen wijzigingen": "Unsaved changes",
    "'%s' heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?": "'%s' has changes that are not saved yet. Save?",
    "Pakket openen": "Open pack", "g40desk-pakket (*.g40pack)": "g40desk pack (*.g40pack)",
    "Kan het pakket niet openen": "Cannot open the pack", "Pakket is al geopend": "Pack is already open",
    "%s is al geopend door %s.\n\nU kunt het alleen-lezen openen, of het overnemen: dan kunnen wijzigingen van de ander verloren gaan.":
        "%s is already open by %s.\n\nYou can open it read-only, or take it over: the other person's changes may then be lost.",
    "&Alleen-lezen openen": "Open &read-only", "&Overnemen": "&Take over", "Pakket opslaan": "Save pack",
    "Opslaan mislukt": "Save failed", "%s is geopend door %s; kies een andere naam.": "%s is open by %s; choose another name.",
    "Werk herstellen": "Restore work",
    "g40desk is de vorige keer niet netjes afgesloten.": "g40desk did not close properly last time.",
    "Er is niet-opgeslagen werk gevonden van %s.\n\nHerstellen?": "Unsaved work was found: %s.\n\nRestore it?",
    "De vorige sessie van g40desk is onverwacht beëindigd; het verslag voor de IT-ondersteuning staat in %s.":
        "The previous g40desk session ended unexpectedly; the report for IT support is in %s.",
    "Onverwacht beëindigd": "Ended unexpectedly",
    "nog niet opgeslagen": "not saved yet", "'%1' (%2), bewaard op %3": "'%1' (%2), kept at %3",
    "Er was geen niet-opgeslagen werk.": "There was no unsaved work.",
    # import dialog
    "Uit %s:": "From %s:", "Wijzigingen": "Changes", "Geen wijzigingen.": "No changes.", "Problemen": "Problems",
    "&Doorvoeren": "&Apply",
    # item editor
    "Catalogustekst": "Catalogue text", "Aangepaste tekst": "Tailored text",
    "Leeg laten om de catalogustekst te gebruiken": "Leave empty to use the catalogue text",
    "&Terug naar catalogustekst": "&Reset to catalogue text", "Lokale context": "Local context",
    "Gesprekspunten, één per regel": "Talking points, one per line", "Prioriteit": "Priority", "(geen)": "(none)",
    "Status": "Status", "Interne notitie": "Internal note",
    "Interne notitie\n(wordt nooit geëxporteerd)": "Internal note\n(never exported)",
    "Catalogus:": "Catalogue:", "&Aangepast:": "&Tailored:", "&Context:": "&Context:",
    "&Prioriteit:": "P&riority:", "&Status:": "&Status:",
    "tekst wijzigen": "change text", "context wijzigen": "change context", "interne notitie wijzigen": "change internal note",
    "gesprekspunten wijzigen": "change talking points", "prioriteit wijzigen": "change priority",
    "status wijzigen": "change status", "catalogustekst herstellen": "reset to catalogue text",
    "Kies links een onderdeel van het pakket.": "Choose an item of the pack on the left.",
    "Onbekende plaatshouder: %s": "Unknown placeholder: %s",
    "Plaatshouders: {stad}, {ministerie}, {datum}, …": "Placeholders: {stad}, {ministerie}, {datum}, …",
    # main window
    "Nieuwe briefing": "New briefing", "Zoeken in de agenda…": "Search the agenda…",
    "Zoeken in de catalogus": "Search the catalogue", "Filter op ministerie": "Filter by ministry",
    "Filter op pijler": "Filter by pillar", "Alle pijlers": "All pillars",
    "Catalogus van de Strategische Agenda": "Catalogue of the Strategic Agenda",
    "Catalogus": "Catalogue", "Inhoud van het pakket": "Contents of the pack", "&Onderdeel": "&Item", "&Pakket": "&Pack",
    "&Nieuw": "&New", "&Openen…": "&Open…", "Op&slaan": "&Save", "Opslaan &als…": "Save &As…",
    "&Word-notitie exporteren…": "Export &Word note…", "&Excel-matrix exporteren…": "Export &Excel matrix…",
    "Exporteren &per doelgroep…": "Export &per audience…", "&Matrix importeren…": "&Import matrix…",
    "&Afsluiten": "&Quit", "&Ongedaan maken": "&Undo", "Opnieu&w": "&Redo", "&Zoeken in catalogus": "&Find in catalogue",
    "Omhoog": "Move up", "Omlaag": "Move down", "&Over g40desk": "&About g40desk",
    "&Bestand": "&File", "&Recente bestanden": "&Recent files", "Be&werken": "&Edit",
    "&Help": "&Help", "Werkbalk": "Toolbar", "onderdeel verwijderen": "remove item", "onderdeel verplaatsen": "move item",
    " (alleen-lezen)": " (read-only)", "Over g40desk": "About g40desk",
    "Licenties van derden…": "Third-party licences…", "Licenties van derden": "Third-party licences",
    "g40desk valt onder de EUPL-1.2. Het bevat de onderdelen hieronder, elk onder zijn eigen licentie.":
        "g40desk is licensed under the EUPL-1.2. It contains the components below, each under its own licence.",
    "Onderdelen": "Components", "Licentietekst": "Licence text",
    "<h3>g40desk {version}</h3><p>Briefings voor lobbygesprekken van het Stedennetwerk G40.</p><p>Agenda: {agenda}, versie {agenda_version}{date}.</p><p>Licentie: European Union Public Licence (EUPL) 1.2; de volledige tekst staat in het bestand LICENSE bij het programma. Werkt volledig offline.</p>":
        "<h3>g40desk {version}</h3><p>Briefings for lobbying meetings of the G40 city network.</p><p>Agenda: {agenda}, version {agenda_version}{date}.</p><p>Licence: European Union Public Licence (EUPL) 1.2; the full text is in the file LICENSE that comes with the program. Works fully offline.</p>",
    # pack panel and note options
    "Word-notitie": "Word note", "Vorm van de notitie": "Form of the note", "Briefingnotitie": "Briefing note",
    "Gesprekskaart (één pagina)": "Talking-points card (one page)", "Kern van het gesprek": "Key points",
    "Waarom is dit van belang?": "Why it matters", "Wat willen we?": "What we want", "Kerngegevens": "Key figures",
    "Bijlage met de volledige eisen": "Annex with the full demands", "&Vorm:": "&Form:",
    "notitie-onderdelen wijzigen": "change note sections",
    "Titel": "Title", "Datum van het overleg": "Meeting date", "(geen datum)": "(no date)", "Plaats": "Place",
    "Deelnemers": "Participants", "Auteur": "Author", "Rubricering": "Classification",
    "Doelgroep zoeken": "Search audiences", "Stad of ministerie zoeken…": "Search a city or ministry…",
    "&Toevoegen": "&Add", "&Verwijderen": "&Remove", "Eisen aan dit ministerie selecteren": "Select the demands to this ministry",
    "&Datum:": "&Date:", "P&laats:": "P&lace:", "D&oel:": "P&urpose:",
    "&Rubricering:": "&Classification:",
    "titel wijzigen": "change title", "plaats wijzigen": "change place", "auteur wijzigen": "change author",
    "deelnemers wijzigen": "change participants", "doel wijzigen": "change purpose",
    "rubricering wijzigen": "change classification", "datum wijzigen": "change date",
    "doelgroep toevoegen": "add audience", "doelgroep verwijderen": "remove audience",
    # overrides
    "Per doelgroep": "Per audience", "Doelgroep voor afwijkende tekst": "Audience for different wording",
    "Tekst voor deze doelgroep": "Text for this audience", "Leeg: de aangepaste tekst hierboven": "Empty: the tailored text above",
    "Context voor deze doelgroep": "Context for this audience", "Leeg: de context hierboven": "Empty: the context above",
    "Prioriteit voor deze doelgroep": "Priority for this audience", "(zoals hierboven)": "(as above)",
    "Voeg eerst doelgroepen toe op het tabblad Pakket.": "First add audiences on the Pack tab.",
    "&Doelgroep:": "&Audience:",
    "afwijking voor %s wijzigen": "change wording for %s",
    # preferences
    "Voorkeuren": "Preferences", "Word-sjabloon": "Word template", "G40-huisstijl (ingebouwd)": "G40 house style (built in)",
    "&Kiezen…": "&Choose…", "&Standaard": "&Default", "Taal": "Language", "Zoals het systeem": "As the system",
    "Automatisch bewaren, seconden": "Autosave, seconds", " s": " s", "&Auteur:": "&Author:",
    "Word-&sjabloon:": "Word &template:", "&Taal:": "&Language:", "Automatisch &bewaren elke:": "Auto&save every:",
    "Een andere taal geldt na herstarten.": "A different language applies after a restart.",
    "Word-sjabloon kiezen": "Choose Word template", "Word-sjabloon (*.docx *.dotx)": "Word template (*.docx *.dotx)",
    "Sjabloon niet bruikbaar": "Template not usable",
    # preview
    "Voorbeeld voor doelgroep": "Preview for audience", "Voorbeeld van de notitie": "Preview of the note",
    "Voorbeeld voor:": "Preview for:",
}

ENGLISH["Bezig met exporteren"] = "Exporting"
ENGLISH.update({  # template check (template_guard)
    "Word-sjabloon (*.docx *.dotx *.docm *.dotm)": "Word template (*.docx *.dotx *.docm *.dotm)",
    "Sjabloon gecontroleerd": "Template checked",
    "Het sjabloon is bruikbaar. Dit neemt een notitie er niet uit over:":
        "The template can be used. A note does not take over the following from it:",
    "Alleen-lezen bestand": "Read-only file",
    "%s is alleen-lezen. Toch overschrijven? Het blijft daarna alleen-lezen.":
        "%s is read-only. Overwrite it anyway? It stays read-only afterwards.",
})
ENGLISH.update({  # audience dialog (gui/audience_dialog.py)
    "Doelgroepen beheren": "Manage audiences",
    "Geldig op datum": "Valid on date", "Geldig op:": "Valid on:",
    "Ook &vervallen en toekomstige tonen": "Also show &ended and future ones",
    "Organisaties en rollen": "Organisations and roles", "Melding": "Message", "Soort rol": "Kind of role",
    "Kies links een organisatie of rol.": "Choose an organisation or role on the left.",
    "&Naam:": "&Name:", "&Afkorting (ministerie):": "&Abbreviation (ministry):",
    "&Provincie (stad):": "&Province (city):", "&Inwoners:": "&Inhabitants:",
    "Geldig &vanaf (JJJJ-MM-DD):": "Valid &from (YYYY-MM-DD):", "Geldig &tot:": "Valid &until:",
    "&Opvolger (ID):": "&Successor (ID):", "&Contact:": "&Contact:", "Notities:": "Notes:",
    "&Titel:": "&Title:", "&Portefeuille:": "&Portfolio:", "P&ersoon:": "P&erson:",
    "Nieuwe &stad…": "New &city…", "Nieuw &ministerie…": "New &ministry…", "Nieuwe &rol…": "New &role…",
    "Rol verwij&deren": "&Delete role", "Soor&t:": "&Kind:",
    "Nieuwe stad": "New city", "Naam van de gemeente:": "Name of the municipality:",
    "Nieuw ministerie": "New ministry", "Naam (bv. Ministerie van …):": "Name (e.g. Ministerie van …):",
    "Afkorting:": "Abbreviation:", "Nieuwe rol": "New role", "Soort rol:": "Kind of role:",
    "Portefeuille of titel (mag leeg blijven):": "Portfolio or title (may stay empty):",
    "Een ingebouwde rol kunt u niet verwijderen; vul 'Geldig tot' in om hem te beëindigen.":
        "A built-in role cannot be deleted; fill in 'Valid until' to end it.",
    "Waarschuwing over doelgroepen": "Warning about audiences", " (en %1 meer)": " (and %1 more)",
    "Naam": "Name", "Geldig": "Valid",
    "minister": "minister", "minister voor …": "minister for …", "staatssecretaris": "state secretary",
    "burgemeester": "mayor", "wethouder": "alderman",
})
ENGLISH.update({"van": "of", "Bronnen": "Sources", "Bron: %1": "Source: %1"})
ENGLISH.update({
    "&Vervangen…": "&Replace…", "Doelgroep vervangen": "Replace audience",
    "'%1' vervangen door '%2'? Teksten per doelgroep gaan mee.": "Replace '%1' by '%2'? Texts for that audience move along.",
    "doelgroep vervangen": "replace audience",
})

# the editor as a structure: search, start page, view menu, undo, honest exports (issue 13)
ENGLISH.update({
    "Vinkje of Enter: aan het pakket toevoegen": "Tick or Enter: add to the pack",
    "Gekozen onderdelen aan het pakket toevoegen (Enter)": "Add the chosen entries to the pack (Enter)",
    "Geen resultaten voor ‘%s’.\n\nProbeer een ander woord, of wis de zoekterm en de filters.":
        "No results for ‘%s’.\n\nTry another word, or clear the search and the filters.",
    "Geen resultaten met deze filters.\n\nKies ‘Alle ministeries’ of ‘Alle pijlers’.":
        "No results with these filters.\n\nChoose ‘All ministries’ or ‘All pillars’.",
    "Pakket dupliceren voor andere doelgroep": "Duplicate pack for another audience",
    "Pakket niet gedupliceerd": "Pack not duplicated",
    "Nieuwe doelgroep": "New audience", "Doelgroep die vervalt": "Audience it replaces",
    "(geen: doelgroep toevoegen)": "(none: add the audience)",
    "De kopie krijgt alle aanpassingen, gesprekspunten en notities; teksten met {stad} of {ministerie} vullen zich "
    "voor de nieuwe doelgroep. Afwijkende tekst voor de vervallen doelgroep gaat niet mee. Het origineel blijft "
    "ongewijzigd.":
        "The copy keeps all tailoring, talking points and notes; texts with {stad} or {ministerie} fill in for the "
        "new audience. Wording written for the replaced audience only is left out. The original stays as it is.",
    "&Nieuwe doelgroep:": "&New audience:", "&In plaats van:": "&Instead of:", "&Dupliceren": "&Duplicate",
    "algemeen gebruik": "general use", "Word-notitie voor %s exporteren": "Export Word note for %s",
    "Word-notitie voor %s": "Word note for %s", "Eisenmatrix": "Demand matrix",
    "%s opgeslagen als %s.": "%s saved as %s.", "Map tonen": "Show folder", "Openen": "Open",
    "Ongedaan maken": "Undo", "Geopend: %s": "Opened: %s", "A&lleen-lezen openen": "Open read-on&ly",
    "Opgeslagen: %s": "Saved: %s",
    "Interne &notitie\n(wordt nooit geëxporteerd)": "Internal &note\n(never exported)",
    "Kies in ‘Inhoud’ een onderdeel van het pakket om het aan te passen (Ctrl+2 gaat erheen).\n\nNog niets in het "
    "pakket? Vink in de catalogus thema’s of eisen aan.":
        "Choose an item under ‘Contents’ to tailor it (Ctrl+2 goes there).\n\nNothing in the pack yet? Tick themes "
        "or demands in the catalogue.",
    "Het pakket is nog leeg.\n\nVink in de catalogus thema’s of eisen aan (Spatie), of kies er een en druk op Enter. "
    "Zoeken: Ctrl+F.":
        "The pack is still empty.\n\nTick themes or demands in the catalogue (Space), or choose one and press Enter. "
        "Search: Ctrl+F.",
    "(voeg op het tabblad Pakket een doelgroep toe)": "(add an audience on the Pack tab)",
    "Inhoud": "Contents", "Pakket dup&liceren voor andere doelgroep…": "D&uplicate pack for another audience…",
    "Afsl&uiten": "&Quit",
    "Nieuw": "New", "Opslaan": "Save", "Terug": "Undo", "Opnieuw": "Redo", "Word": "Word", "Excel": "Excel",
    "Kopie van ‘%s’ gemaakt voor %s. Sla hem op onder een nieuwe naam.":
        "Copy of ‘%s’ made for %s. Save it under a new name.",
    "Opslaan als…": "Save as…", "‘%s’ is uit het pakket gehaald, met uw aanpassingen.":
        "‘%s’ was taken out of the pack, with your changes.",
    "Melding sluiten": "Close message",
    "'%s' verwijderen": "remove '%s'", "'%s' verplaatsen": "move '%s'", "Vandaag": "Today",
    "Datum van vandaag invullen": "Fill in today's date",
    "Doelgroep aan het pakket toevoegen (Enter)": "Add the audience to the pack (Enter)",
    "Gekozen doelgroep uit het pakket halen": "Take the chosen audience out of the pack",
    "Eisen aan dit ministerie &selecteren": "&Select demands to this ministry",
    "&Voorbeeld": "Pre&view", "Stan&daard": "&Default",
    "Welkom bij g40desk": "Welcome to g40desk",
    "Stel een briefing samen uit de Strategische Agenda G40: vink in de catalogus (Ctrl+1) thema’s en eisen aan, pas ze "
    "aan voor uw stad of ministerie, en exporteer een Word-notitie of Excel-matrix.":
        "Build a briefing from the G40 Strategic Agenda: tick themes and demands in the catalogue (Ctrl+1), tailor "
        "them for your city or ministry, and export a Word note or an Excel matrix.",
    "&Nieuw pakket": "&New pack", "Pakket &openen…": "&Open pack…", "&Voorbeeldpakket bekijken": "View the &sample pack",
    "&Recente pakketten": "&Recent packs",
    "Een ingevuld pakket (Zwolle en BZK) om te zien hoe het werkt": "A filled-in pack (Zwolle and BZK) to see how it works",
    "Recente pakketten": "Recent packs", "Enter of dubbelklik: openen": "Enter or double-click: open",
    "Nog geen recente pakketten. Begin met een nieuw pakket of bekijk het voorbeeld.":
        "No recent packs yet. Start a new pack or look at the sample.",
    "Bee&ld": "&View", "&Catalogus": "&Catalogue", "&Werkbalk": "&Toolbar",
    "Naar de &inhoud van het pakket": "Go to the pack's co&ntents",
    "Naar het &onderdeel": "Go to the &item",
    "Naar het voo&rbeeld": "Go to the p&review", "&Startpagina": "&Start page",
    "&Alle panelen tonen": "Show &all panels", "Catalogus, voorbeeld en werkbalk weer tonen":
        "Show the catalogue, preview and toolbar again",
})
BY_CONTEXT.update({("ViewMenu", "&Voorbeeld"): "&Preview", })

# English mnemonics, unique per page of the main window (tests/gui/test_keys.py checks them).
ENGLISH.update({
    "Aan pakket &toevoegen": "Add to pac&k", "Te&rug naar catalogustekst": "&Use catalogue text",
    "&Gesprekspunten:": "Talkin&g points:", "Pr&ioriteit:": "P&riority:", "Te&kst:": "&Wording:",
    "Conte&xt:": "Conte&xt:", "Priorit&eit:": "Priorit&y:", "T&itel:": "&Title:", "Pl&aats:": "P&lace:",
    "Deel&nemers:": "Participa&nts:", "Do&el:": "P&urpose:", "A&uteur:": "Auth&or:", "Doel&groep:": "&Audience:",
    "Vor&m:": "Fo&rm:", "Verwi&jderen": "Re&move",
})
BY_CONTEXT.update({("PanelLayout", "&Voorbeeld"): "Preview", ("PreferencesDialog", "A&uteur:"): "&Author:",
                   ("OverrideBox", "&Doelgroep:"): "&Audience:", ("PackPanel", "A&uteur:"): "Auth&or:"})
ENGLISH.update({  # unique mnemonics in each English menu (tests/gui/test_keys.py)
    "Onderdeel &verwijderen": "Remove i&tem", "&Doelgroepen beheren…": "Manage au&diences…",
    "&Voorkeuren…": "Pre&ferences…", "Naar de ca&talogus": "Go to the catal&ogue",
    "Naar de &pakketgegevens": "Go to the pack &details",
})
ENGLISH.update({  # template check: placeholders, styles, page (export/template.py)
    "Dit neemt een notitie er niet uit over:": "A note does not take over the following from it:",
    "{%1} (%2): wordt ingevuld": "{%1} (%2): filled in",
    "{%1} (%2): niet bekend, blijft letterlijk staan": "{%1} (%2): not known, stays as typed",
    "Plaatshouders in kop- en voetteksten:": "Placeholders in headers and footers:",
    "Stijlen:": "Styles:",
    "Het sjabloon heeft geen voettekst: de notitie krijgt 'pagina X van Y'.":
        "The template has no footer: the note gets 'pagina X van Y' (page X of Y).",
    "Pagina: %1.": "Page: %1.",
    "Het sjabloon is bruikbaar.": "The template can be used.",
    "Gesprekskaart past niet op één pagina": "Talking-points card does not fit one page",
})
PLURALS["De gesprekskaart wordt ongeveer %n pagina's (%1 vragen). Kort vragen of gesprekspunten in, "
        "of kies de briefingnotitie. Toch exporteren?"] = [
    "The talking-points card will take about %n page (%1 asks). Shorten asks or talking points, "
    "or choose the briefing note. Export anyway?",
    "The talking-points card will take about %n pages (%1 asks). Shorten asks or talking points, "
    "or choose the briefing note. Export anyway?"]
DUTCH_PLURALS["De gesprekskaart wordt ongeveer %n pagina's (%1 vragen). Kort vragen of gesprekspunten in, "
              "of kies de briefingnotitie. Toch exporteren?"] = [
    "De gesprekskaart wordt ongeveer %n pagina (%1 vragen). Kort vragen of gesprekspunten in, "
    "of kies de briefingnotitie. Toch exporteren?",
    "De gesprekskaart wordt ongeveer %n pagina's (%1 vragen). Kort vragen of gesprekspunten in, "
    "of kies de briefingnotitie. Toch exporteren?"]
ENGLISH.update({  # card length in the note options
    "Lengte van de gesprekskaart": "Length of the talking-points card",
    "Past op één pagina.": "Fits one page.",
})
PLURALS["Ongeveer %n pagina's: past niet op één pagina."] = [
    "About %n page: does not fit one page.", "About %n pages: does not fit one page."]
DUTCH_PLURALS["Ongeveer %n pagina's: past niet op één pagina."] = [
    "Ongeveer %n pagina: past niet op één pagina.", "Ongeveer %n pagina's: past niet op één pagina."]
ENGLISH.update({  # agendas (gui/agenda_*.py)
    "Agenda": "Agenda",
    "Andere agenda &kiezen…": "&Choose another agenda…",
    "&Importeren uit Word…": "&Import from Word…",
    "Agenda &bewerken…": "&Edit agenda…",
    "&Eigen eis of doel toevoegen…": "Add &own demand or goal…",
    "&Gedeelde agendamap…": "&Shared agenda folder…",
    "Agenda van dit pakket": "Agenda of this pack",
    "Wisselen…": "Switch…",
    "Andere agenda kiezen": "Choose another agenda",
    "Agenda: {0}, versie {1}": "Agenda: {0}, version {1}",
    "{0}, versie {1}": "{0}, version {1}",
    "onbekend": "unknown",
    "Dit pakket is gemaakt met agenda {0}; nu: {1}, versie {2}.":
        "This pack was made with agenda {0}; now: {1}, version {2}.",
    "niet geopend: eerst beslissen over de wijzigingen in de agenda (of 'g40desk review' op de opdrachtregel)":
        "not opened: decide on the changes in the agenda first (or use 'g40desk review' on the command line)",
    "andere agenda": "other agenda",
    "Agenda niet gebruikt": "Agenda not used",
    "Agenda uit Word importeren": "Import agenda from Word",
    "Importeren mislukt": "Import failed",
    "Agenda opgeslagen": "Agenda saved",
    "Opgeslagen als {0}, versie {1}. Dit pakket nu met deze agenda gebruiken?":
        "Saved as {0}, version {1}. Use this agenda for the pack now?",
    "eigen inbreng toevoegen": "add own input",
    "Gedeelde map met agenda's": "Shared folder with agendas",
    "Agenda bewerken: {0}, versie {1}": "Edit agenda: {0}, version {1}",
    "Onderdelen van de agenda": "Entries of the agenda",
    "Tekst van het onderdeel": "Text of the entry",
    "Tekst &overnemen": "&Apply text",
    "Ministeries": "Ministries",
    "Pijler": "Pillar",
    "&Achterhaald": "&Outdated",
    "Reden": "Reason",
    "Bron": "Source",
    "deels": "partly",
    "Markering overnemen": "Apply marking",
    "Tekst:": "Text:",
    "Ministeries:": "Ministries:",
    "Pijler:": "Pillar:",
    "Sinds:": "Since:",
    "Reden:": "Reason:",
    "Bron:": "Source:",
    "&Toevoegen…": "&Add…",
    "Om&hoog": "&Up",
    "Om&laag": "&Down",
    "Uit de agenda &halen…": "&Retire…",
    "Op&slaan als nieuwe versie": "&Save as new version",
    "Sluiten": "Close",
    "Agenda bewerken": "Edit agenda",
    "De tekst mag niet leeg zijn.": "The text cannot be empty.",
    "ministeries wijzigen": "change ministries",
    "pijler wijzigen": "change pillar",
    "Geef de reden waarom het achterhaald is.": "Give the reason why it is outdated.",
    "markering achterhaald": "outdated marking",
    "Toevoegen": "Add",
    "Soort:": "Kind:",
    "Uit de agenda halen": "Retire from the agenda",
    "uit de agenda halen": "retire from the agenda",
    "Agenda kiezen": "Choose agenda",
    "Agenda's": "Agendas",
    "ingebouwd": "built in",
    "eigen versie": "own version",
    "gedeelde map, alleen lezen": "shared folder, read-only",
    "{0} — versie {1} ({2})": "{0} — version {1} ({2})",
    "Met welke agenda werkt dit pakket? U ziet eerst wat er verandert.":
        "Which agenda does this pack use? You will see what changes first.",
    "Overgeslagen: {0}": "Skipped: {0}",
    "Gebruiken": "Use",
    "Geïmporteerde agenda nakijken": "Review imported agenda",
    "ID": "ID",
    "Vorige agenda": "Previous agenda",
    "Nakijken": "Check",
    "Geïmporteerde onderdelen": "Imported entries",
    "zelfde ID ({0:.0%})": "same ID ({0:.0%})",
    "nieuw": "new",
    "{0} — {1} onderdelen, {2} met hetzelfde ID als de vorige agenda, {3} om na te kijken (geel).":
        "{0} — {1} entries, {2} with the same ID as the previous agenda, {3} to check (yellow).",
    "Opslaan als nieuwe agenda": "Save as new agenda",
    " (vervallen)": " (retired)",
    " (deels achterhaald)": " (partly outdated)",
    " (achterhaald)": " (outdated)",
    " (eigen inbreng)": " (own input)",
    "Achterhaald sinds {0}: {1}\n\n": "Outdated since {0}: {1}\n\n",
    "Vervallen: {0}\n\n": "Retired: {0}\n\n",
    "Eigen eis of doel": "Own demand or goal",
    "Tekst": "Text",
    "(geen thema: onder 'Eigen inbreng')": "(no theme: under 'Own input')",
    "&Tekst:": "&Text:",
    "T&hema:": "T&heme:",
    "&Ministeries:": "&Ministries:",
    "In de notitie staat dit als uw eigen inbreng, niet als G40-agenda.":
        "The note shows this as your own input, not as the G40 agenda.",
    "Eigen inbreng": "Own input",
    "Vul de tekst in.": "Fill in the text.",
    "Wijzigingen in de agenda": "Changes in the agenda",
    "Vink aan wat u overneemt; wat niet is aangevinkt houdt u zoals het in het pakket staat. "
    "Uw eigen teksten blijven altijd staan.":
        "Tick what you accept; what is not ticked stays as it is in the pack. Your own texts always stay.",
    "Overnemen": "Accept",
    "Wijziging": "Change",
    "Toelichting bij de wijziging": "About the change",
    "Toepassen": "Apply",
    "Alles overnemen": "Accept all",
    "Alles houden": "Keep all",
    "tekst gewijzigd": "text changed",
    "uit de agenda": "retired",
    "achterhaald": "outdated",
    "de nieuwe agendatekst gebruiken": "use the new agenda text",
    "de oude tekst houden": "keep the old text",
    "uit het pakket halen": "remove from the pack",
    "houden als eigen inbreng": "keep as own input",
    "toch houden": "keep anyway",
    "aan het pakket toevoegen": "add to the pack",
    "niet toevoegen": "do not add",
    "Uw eigen tekst voor dit onderdeel blijft staan.": "Your own text for this entry stays.",
    "Aangevinkt: {0}. Niet aangevinkt: {1}.": "Ticked: {0}. Not ticked: {1}.",
    "onderdeel toevoegen": "add entry",
    "volgorde wijzigen": "change order",
})

# export checks (unfilled placeholders, another audience's text)
ENGLISH.update({
    "Plaatshouders zonder waarde": "Placeholders without a value",
    "Deze plaatshouders komen letterlijk in de notitie:": "These placeholders would appear literally in the note:",
    "Tekst voor een andere doelgroep": "Text for another audience",
    "Deze tekst is voor één doelgroep geschreven en komt in de notitie van een andere:":
        "This text was written for one audience and would appear in another audience's note:",
    "Toch exporteren?": "Export anyway?",
})
ENGLISH.update({  # outline markers (gui/outline_model.py)
    "prioriteit %s": "priority %s", "status: %s": "status: %s", "eigen formulering": "own wording",
    "interne notitie": "internal note", "tekst per doelgroep": "wording per audience",
})

ENGLISH.update({  # edits beyond the pack's limits (gui/document.py)
    "Wijziging niet bewaard": "Change not saved",
    "%1: hooguit %2 tekens. De tekst blijft in het vak staan, maar is niet bewaard; maak hem korter of zet een "
    "deel in een apart document.":
        "%1: at most %2 characters. The text stays in the box but is not saved; shorten it or put part of it "
        "in a separate document.",
    "Gesprekspunten": "Talking points",
    "De tekst blijft in het vak staan, maar is niet bewaard tot u regels samenvoegt of verwijdert.":
        "The text stays in the box but is not saved until you merge or remove lines.",
    "Gesprekspunten: hooguit %1 per onderdeel (één per regel).": "Talking points: at most %1 per entry (one per line).",
    "Gesprekspunten: hooguit %1 in het hele pakket.": "Talking points: at most %1 in the whole pack.",
    "Er kunnen hooguit %1 onderdelen in één pakket; er is niets toegevoegd. Haal onderdelen weg of verdeel ze "
    "over twee pakketten.":
        "A pack can hold at most %1 entries; nothing was added. Remove entries or split them over two packs.",
    "Afwijkende tekst": "Audience-specific text",
    "Afwijkende context": "Audience-specific context",
    "Afwijkende gesprekspunten": "Audience-specific talking points",
    "Er kunnen hooguit %1 doelgroepen in één pakket; deze is niet toegevoegd. Haal eerst een doelgroep weg.":
        "A pack can hold at most %1 audiences; this one was not added. Remove an audience first.",
    "Er kunnen hooguit %1 eigen eisen en doelen in één pakket; deze is niet toegevoegd. Haal eerst een eigen eis "
    "of doel weg.":
        "A pack can hold at most %1 own demands and goals; this one was not added. Remove one of your own "
        "demands or goals first.",
})
ENGLISH["Zonder waarde (vul de gegevens in of pas de tekst aan): %s"] = "Without a value (fill in the facts or change the text): %s"

from english_editor import EDITOR  # noqa: E402  (issue 22's strings, kept in their own table)

ENGLISH.update(EDITOR)

from english_files import FILES  # noqa: E402  (issue 21's strings: files, locks, recovery)

ENGLISH.update(FILES)

from english_owners import ENGLISH_OWNERS  # noqa: E402  (issue 20's strings, kept apart)

ENGLISH.update(ENGLISH_OWNERS)

from english_after import BY_CONTEXT_AFTER, DUTCH_PLURALS_AFTER, ENGLISH_AFTER, PLURALS_AFTER  # noqa: E402  (issue 25's editor: Na het overleg, Stand van zaken)

ENGLISH.update(ENGLISH_AFTER)
BY_CONTEXT.update(BY_CONTEXT_AFTER)
PLURALS.update(PLURALS_AFTER)
DUTCH_PLURALS.update(DUTCH_PLURALS_AFTER)

from english_duplicate import DUTCH_PLURALS_DUPLICATE, ENGLISH_DUPLICATE, PLURALS_DUPLICATE  # noqa: E402

ENGLISH.update(ENGLISH_DUPLICATE)
PLURALS.update(PLURALS_DUPLICATE)
DUTCH_PLURALS.update(DUTCH_PLURALS_DUPLICATE)

from english_addressing import ADDRESSING  # noqa: E402  (issue 20, point 4: asks addressed for the meeting date)

ENGLISH.update(ADDRESSING)

from english_report import ENGLISH_REPORT  # noqa: E402  (issue 25's report and Terugblik)

ENGLISH.update(ENGLISH_REPORT)

from english_facts import ENGLISH_FACTS  # noqa: E402  (issue 20's facts strings, kept apart)

ENGLISH.update(ENGLISH_FACTS)
