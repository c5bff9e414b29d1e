"""English for the strings of owners, duplicating, stale asks and addressees (issue 20); english.py merges it."""

ENGLISH_OWNERS = {
    # item editor and per-audience box (gui/panels/item_editor.py, override_box.py)
    "de aangepaste tekst": "the wording", "de context": "the context", "de gesprekspunten": "the talking points",
    "Staat in geen enkel document bij dit soort onderdeel: %s. Zet de tekst in de context of wis hem in een "
    "ouder pakket.":
        "Appears in no document for this kind of entry: %s. Move the text into the context, or delete it from "
        "an older pack.",
    "Gesprekspunten voor deze doelgroep, één per regel": "Talking points for this audience, one per line",
    "Leeg: de gesprekspunten hierboven": "Empty: the talking points above",
    "Geen gesprekspunten hier": "No talking points here",
    "Gespreksp&unten:": "Talking p&oints:",
    "Afwijkende gesprekspunten": "Audience-specific talking points",
    "eigenaar wijzigen": "change owner",
    # the owner beside a text (gui/support/owner_button.py)
    "alle doelgroepen": "all audiences", "(niet meer in het pakket)": "(no longer in the pack)",
    "voor %s": "for %s", "Voor wie %s is: %s": "Who %s is for: %s",
    "Voor wie %s is geschreven. Een tekst voor één doelgroep komt alleen in de notitie voor die doelgroep; kies "
    "‘alle doelgroepen’ voor tekst die overal klopt.":
        "Who %s is written for. A text for one audience appears only in that audience's note; choose ‘all "
        "audiences’ for text that is right everywhere.",
    # field names (gui/support/labels.py)
    "aangepaste tekst": "wording", "context": "context", "gesprekspunten": "talking points",
    "prioriteit": "priority", "status": "status", "interne notitie": "internal note",
    "tekst voor deze doelgroep": "wording for this audience", "context voor deze doelgroep": "context for this audience",
    "gesprekspunten voor deze doelgroep": "talking points for this audience",
    "prioriteit voor deze doelgroep": "priority for this audience",
}
ENGLISH_OWNERS.update({
    # stale asks (gui/panels/item_editor.py, gui/controllers/exporting.py)
    "Reden om het achterhaalde onderdeel te houden": "Reason to keep the outdated entry",
    "Waarom het er toch in moet; komt naast de vraag in de notitie":
        "Why it stays in; printed beside the ask in the note",
    "&Bewust houden, omdat:": "&Keep on purpose, because:",
    "Deels achterhaald": "Partly outdated", "Achterhaald": "Outdated",
    "%1 sinds %2: %3\n%4": "%1 since %2: %3\n%4",
    "De export weigert dit onderdeel zolang er geen reden staat om het te houden.":
        "Export refuses this entry until a reason to keep it is given.",
    "De notitie zegt dit naast de vraag, met uw reden.": "The note says so beside the ask, with your reason.",
    "reden voor achterhaald onderdeel": "reason for an outdated entry",
    "Achterhaalde vragen": "Outdated asks",
    "Deze vragen zijn volgens de agenda (deels) achterhaald:": "According to the agenda these asks are (partly) outdated:",
    "Haal ze uit het pakket, of houd ze bewust: kies het onderdeel en vul in waarom. Die reden komt naast de vraag "
    "in de notitie.":
        "Take them out of the pack, or keep them on purpose: choose the entry and say why. That reason is printed "
        "beside the ask in the note.",
})
