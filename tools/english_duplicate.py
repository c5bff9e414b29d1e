"""English for duplicating, 'nog nakijken', per-audience participants and place names (issue 20, points 2-3)."""

ENGLISH_DUPLICATE = {
    # duplicate dialog (gui/dialogs/duplicate_dialog.py)
    "De kopie krijgt de tekst voor alle doelgroepen, met de aanpassingen, prioriteiten en notities; {stad} en "
    "{ministerie} vullen zich voor de nieuwe doelgroep. De eigen tekst van de vervallen doelgroep blijft achter; "
    "deelnemers en titel gaan mee naar de nieuwe. Het origineel blijft ongewijzigd.":
        "The copy gets the text for all audiences, with the wording, priorities and notes; {stad} and {ministerie} "
        "fill in for the new audience. The replaced audience's own text stays behind; participants and title "
        "follow the new one. The original is not changed.",
    "Tekst die achterblijft": "Text that stays behind",
    "Blijft achter, want alleen voor %s geschreven. Vink aan wat u toch wilt overnemen; het staat dan op ‘nog "
    "nakijken’ en de export wacht tot u het hebt nagekeken:":
        "Stays behind, as it was written for %s only. Tick what you want to take along anyway; it is then marked "
        "‘to check’ and export waits until you have checked it:",
    "Er blijft geen eigen tekst achter.": "No text of its own stays behind.",
    "Kopie van ‘%1’ gemaakt voor %2. Sla hem op onder een nieuwe naam.":
        "Copy of ‘%1’ made for %2. Save it under a new name.",
    # export check (gui/controllers/exporting.py)
    "Nog nakijken": "To check",
    "Deze teksten zijn bij het dupliceren overgenomen van een andere doelgroep:":
        "These texts were taken over from another audience when the pack was duplicated:",
    "Kies het onderdeel (of het tabblad Pakket voor de deelnemers), pas de tekst aan voor deze doelgroep en klik "
    "op ‘Nagekeken’.":
        "Choose the item (or the Pack tab for the participants), adapt the text for this audience and click "
        "‘Checked’.",
    "Deze tekst is voor één doelgroep geschreven en komt in de notitie van een andere (een eigennaam die voor "
    "iedereen bedoeld is, bevestigt u bij het onderdeel):":
        "This text was written for one audience and would appear in another audience's note (a proper name meant "
        "for everyone is confirmed at the item):",
    # a migrated pack (gui/controllers/files.py)
    "Dit pakket komt uit een eerdere versie van g40desk: wat u typte, geldt nu voor alle doelgroepen. Kijk bij "
    "elke tekst na voor wie hij is (‘voor …’ naast het veld).":
        "This pack comes from an earlier version of g40desk: what you typed now applies to all audiences. Check "
        "for each text who it is for (‘for …’ beside the field).",
    "&Nagekeken": "&Checked", "Nagekeken": "Checked", "nagekeken": "checked",
    "voor alle doelgroepen bevestigen": "confirm for all audiences", "eigenaren nagekeken": "owners checked",
    # participants (gui/panels/participants_box.py) and the review rows (gui/panels/review_box.py)
    "de deelnemers": "the participants", "Doelgroep met eigen deelnemers": "Audience with its own participants",
    "Deelnemers voor deze doelgroep": "Participants for this audience",
    "Leeg: de deelnemers hierboven": "Empty: the participants above", "Eigen deelnemers &voor:": "Own participants &for:",
    " voor %s": " for %s", "een andere doelgroep": "another audience",
    "Nog nakijken: %1%2 is overgenomen van %3. De export wacht tot u hem hebt nagekeken.":
        "To check: %1%2 was taken over from %3. Export waits until you have checked it.",
    "In %1 voor alle doelgroepen staan eigennamen: %2. Horen ze bij één doelgroep, geef de tekst dan die "
    "doelgroep als eigenaar.":
        "%1 for all audiences holds proper names: %2. If they belong to one audience, make that audience the "
        "text's owner.",
    "Bedoeld voor alle doelgroepen": "Meant for all audiences",
}

PLURALS_DUPLICATE = {
    "%n teksten van de vorige doelgroep bleven achter.": ["%n text of the previous audience stayed behind.",
                                                        "%n texts of the previous audience stayed behind."],
    "Nog na te kijken: %n teksten (gemarkeerd bij het onderdeel).": ["To check: %n text (marked at the item).",
                                                                     "To check: %n texts (marked at the item)."],
}

DUTCH_PLURALS_DUPLICATE = {
    "%n teksten van de vorige doelgroep bleven achter.": ["%n tekst van de vorige doelgroep bleef achter.",
                                                        "%n teksten van de vorige doelgroep bleven achter."],
    "Nog na te kijken: %n teksten (gemarkeerd bij het onderdeel).": [
        "Nog na te kijken: %n tekst (gemarkeerd bij het onderdeel).",
        "Nog na te kijken: %n teksten (gemarkeerd bij het onderdeel)."],
}
