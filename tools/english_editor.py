"""English for the editor's strings of issue 22 (dates, fitting windows, new pack, catalogue kinds).

Kept apart from english.py so parallel work on the two tables merges cleanly; english.py adds these.
"""

EDITOR = {
    # dates as people type them
    "Achterhaald sinds": "Outdated since",
    "Vul bij ‘Sinds’ een datum in die g40desk begrijpt, bv. 15-01-2027.":
        "Enter a date g40desk understands under ‘Since’, e.g. 15-01-2027.",
    "Geldig &vanaf (dd-mm-jjjj):": "Valid &from (dd-mm-yyyy):",
    "%1: ‘%2’ is geen datum die g40desk begrijpt; typ bv. 15-01-2027 of 15 januari 2027.":
        "%1: ‘%2’ is not a date g40desk understands; type e.g. 15-01-2027 or 15 January 2027.",
    "(geen datum) bv. 15-01-2027": "(no date) e.g. 15-01-2027",
    "bv. 15-01-2027": "e.g. 15-01-2027",
    "Typ een datum, bv. 15-01-2027, 15/1/2027 of 15 januari 2027; Alt+Omlaag opent de kalender.":
        "Type a date, e.g. 15-01-2027, 15/1/2027 or 15 January 2027; Alt+Down opens the calendar.",
    "Kalender": "Calendar",
    "Kalender (Alt+Omlaag)": "Calendar (Alt+Down)",
    "Datum niet begrepen": "Date not understood",
    "geen datum": "no date",
    "‘%1’ is geen datum die g40desk begrijpt. Typ bv. 15-01-2027 of 15 januari 2027. Bewaard blijft: %2.":
        "‘%1’ is not a date g40desk understands. Type e.g. 15-01-2027 or 15 January 2027. Kept: %2.",
    "Vul een datum in, bv. 15-01-2027. Bewaard blijft: %1.": "Enter a date, e.g. 15-01-2027. Kept: %1.",
    "&Vandaag": "&Today",
    "&Geen datum": "&No date",
    # no silent change
    "Klik: dat onderdeel kiezen in ‘Inhoud’. Dubbelklik: het aanpassen.":
        "Click: choose that item in ‘Contents’. Double-click: edit it.",
    # a new pack starts with the meeting
    "Nieuw pakket": "New pack",
    "bv. Bestuurlijk overleg wonen met de minister van BZK": "e.g. Housing consultation with the BZK minister",
    "Plaats of soort overleg": "Place or kind of meeting",
    "bv. Den Haag, ministerie van BZK; of: werkbezoek": "e.g. The Hague, BZK ministry; or: working visit",
    "Doelgroep toevoegen (Enter in het zoekveld)": "Add the audience (Enter in the search field)",
    "Gekozen doelgroepen": "Chosen audiences",
    "Thema's van het gesprek": "Themes of the meeting",
    "De eisen kiest u daarna in de catalogus; die opent bij deze thema's (Spatie vinkt aan).":
        "You then pick the demands in the catalogue, which opens at these themes (Space ticks).",
    "&Plaats / soort:": "&Place / kind:",
    "Doel&groepen:": "Audien&ces:",
    "T&hema's (mag leeg):": "T&hemes (optional):",
    "Pakket &maken": "&Make pack",
    "‘%1’ is geen stad of ministerie die g40desk kent; kies er een uit de lijst.":
        "‘%1’ is not a city or ministry g40desk knows; choose one from the list.",
    "Enter of dubbelklik: weer weghalen": "Enter or double-click: remove again",
    "Eerst een pakket met onderdelen: Nieuw pakket (Ctrl+N) of Openen (Ctrl+O).":
        "First a pack with items: New pack (Ctrl+N) or Open (Ctrl+O).",
    # the catalogue says what things are
    "Soort onderdeel": "Kind of item",
    "‘%1’ past bij meer dan één doelgroep; kies er een uit de lijst.":
        "‘%1’ fits more than one audience; choose one from the list.",
    "‘%1’ staat al in het pakket.": "‘%1’ is already in the pack.",
}
