"""English for the editor's strings of issue 20, point 4 (asks addressed for the meeting date), kept apart to merge cleanly."""

ADDRESSING = {
    "Vragen aan anderen": "Asks for others",
    "Vragen aan anderen:": "Asks for others:",
    "onder ‘Ook van belang voor …’": "under ‘Also of interest to …’",
    "weglaten": "leave out",
    "In een notitie of kaart voor een ministerie of minister komen eerst de vragen die op de datum van het "
    "overleg aan die doelgroep gericht zijn. De vragen voor anderen komen daarna onder ‘Ook van belang voor …’, "
    "of worden weggelaten.":
        "A note or card for a ministry or minister starts with the asks addressed to that audience on the "
        "meeting date. Asks for others follow under ‘Also of interest to …’, or are left out.",
}
