"""English for the editor's strings after the meeting: Na het overleg, Stand van zaken, the ledger's folders
(issue 25); english.py merges it."""

# The outcomes of an ask (gui/support/labels.result): "toegezegd" is "agreed" as a status, "promised" here.
BY_CONTEXT_AFTER = {("Outcomes", "toegezegd"): "promised", ("Outcomes", "in behandeling"): "in progress",
                    ("Outcomes", "afgewezen"): "rejected"}

PLURALS_AFTER = {"%n overleggen met uitkomst": ["%n meeting with an outcome", "%n meetings with an outcome"]}
DUTCH_PLURALS_AFTER = {"%n overleggen met uitkomst": ["%n overleg met uitkomst", "%n overleggen met uitkomst"]}

ENGLISH_AFTER = {
    "geen uitkomst vastgelegd": "no outcome recorded", "geen reactie": "no response", "niet besproken": "not discussed",
    # limits (gui/support/labels._field)
    "Wat is gezegd": "What was said", "Vervolgactie": "Follow-up action", "Aanwezig": "Present",
    # the Overleg menu (gui/controllers/after_meeting.py)
    "Na het overleg": "After the meeting", "&Na het overleg": "&After the meeting",
    "Per vraag de uitkomst vastleggen, één vraag na de andere (PageDown)":
        "Record the outcome of each ask, one after the other (PageDown)",
    "&Stand van zaken…": "&Where things stand…", "Overleg": "Meeting", "Stand van zaken": "Where things stand",
    "Het pakket heeft nog geen doelgroep. Voeg er op het tabblad Pakket een toe; de stand van zaken is die van de "
    "doelgroepen van het pakket.":
        "The pack has no audience yet. Add one on the Pack tab; where things stand is shown for the pack's audiences.",
    # the outcome tab (gui/panels/outcome_panel.py, outcome_fields.py)
    "Het overleg zoals het is gehouden": "The meeting as it was held", "Gehouden op": "Held on",
    "Wie er waren, bv. wethouder, DG Wonen": "Who was there, e.g. alderman, DG Housing",
    "Gehou&den op:": "Hel&d on:", "&Aanwezig:": "Pre&sent:", "Doelgroep van de uitkomst": "Audience of the outcome",
    "Wat er op deze vraag is gezegd of toegezegd": "What was said or promised on this ask",
    "+ A&ctie toevoegen": "+ Add a&ction", "Een vervolgactie: wat, wie, uiterlijk wanneer":
        "A follow-up action: what, who, by when",
    "Doel&groep:": "&Audience:", "&Uitkomst:": "&Outcome:", "Wat &is gezegd:": "Wha&t was said:",
    "Vervolgacties:": "Follow-up actions:", "◀ Vorige vraag": "◀ Previous ask", "Vorige vraag (PageUp)": "Previous ask (PageUp)",
    "Volgende vraag ▶": "Next ask ▶", "Volgende vraag (PageDown)": "Next ask (PageDown)", "Volgende vraag": "Next ask",
    "Vorige vraag": "Previous ask", "Vraag %1 van %2": "Ask %1 of %2",
    "Dit pakket heeft nog geen vragen (eisen). Uitkomsten horen bij een eis.":
        "This pack has no asks (demands) yet. Outcomes belong to a demand.",
    "Voeg eerst op het tabblad Pakket een doelgroep toe: een uitkomst is van een doelgroep.":
        "First add an audience on the Pack tab: an outcome belongs to an audience.",
    "Alleen een eis krijgt een uitkomst. PageDown gaat naar de volgende vraag.":
        "Only a demand gets an outcome. PageDown goes to the next ask.",
    "gepland: %1": "planned: %1", "Uitkomst": "Outcome", "Toets 1 tot 5 kiest de uitkomst, 0 wist hem.":
        "Keys 1 to 5 choose the outcome, 0 clears it.",
    "Wat moet er gebeuren": "What needs doing", "Wie": "Who", "Uiterlijk": "By", "uiterlijk": "by", "Klaar": "Done",
    "Actie verwijderen": "Remove action", "Deze actie verwijderen (Tab hierheen, dan Spatie)":
        "Remove this action (Tab to here, then Space)", "Geen vervolgacties.": "No follow-up actions.",
    # undo steps (gui/document.py)
    "uitkomst wijzigen": "change outcome", "wat is gezegd wijzigen": "change what was said",
    "vervolgactie toevoegen": "add follow-up action", "vervolgactie wijzigen": "change follow-up action",
    "vervolgactie verwijderen": "remove follow-up action", "datum van het overleg wijzigen": "change the meeting's date",
    "aanwezigen wijzigen": "change who was present",
    # preferences (gui/dialogs/preferences.py)
    "Mappen van het overzicht": "Ledger folders", "Map toe&voegen…": "Add f&older…", "Map &weghalen": "&Remove folder",
    "Hier leest g40desk de pakketten voor Stand van zaken en Terugblik, alleen-lezen. Geen map gekozen: de map van "
    "het open pakket.":
        "g40desk reads the packs here for Where things stand and Looking back, read-only. No folder chosen: the "
        "open pack's folder.",
    "Door IT ingesteld, daarnaast: %1": "Set by IT, as well: %1", "&Mappen van het\noverzicht:": "Ledger\n&folders:",
    "Map met pakketten voor het overzicht": "Folder with packs for the ledger",
    # Stand van zaken (gui/dialogs/standings.py)
    "Doelgroep": "Audience", "Alle doelgroepen van dit pakket": "All audiences of this pack",
    "Laatste uitkomst": "Last outcome", "Datum": "Date", "Pakket": "Pack", "Actie": "Action", "Per vraag": "Per ask",
    "Open acties over datum": "Open actions past their date", "&Opnieuw lezen": "&Read again",
    "Geen mappen om te lezen: sla het pakket op, of kies mappen onder Bestand → Voorkeuren → Mappen van het overzicht.":
        "No folders to read: save the pack, or choose folders under File → Preferences → Ledger folders.",
    "Uit de pakketten in de map van dit pakket: %1 (kies andere mappen onder Bestand → Voorkeuren).":
        "From the packs in this pack's folder: %1 (choose other folders under File → Preferences).",
    "Uit de pakketten in: %1": "From the packs in: %1", "Bezig met lezen…": "Reading…",
    "%1 pakketten gelezen (%2 bestanden ongewijzigd uit de index), %3 overgeslagen.":
        "%1 packs read (%2 files unchanged, from the index), %3 skipped.",
    "nog niets vastgelegd": "nothing recorded yet", " (dit pakket)": " (this pack)", "Bestand: %1": "File: %1",
    "Open &acties over datum (%1)": "Open &actions past their date (%1)", "&Per vraag": "&Per ask",
    "Open &acties over datum": "Open &actions past their date",
}
