"""English for the strings of the meeting report and the Terugblik (issue 25); english.py merges it."""

ENGLISH_REPORT = {
    # gui/menus.py, gui/controllers/exporting.py
    "Versla&g exporteren…": "Export meeting repor&t…",
    "Het verslag van het overleg: uitkomsten, toezeggingen en vervolgacties":
        "The report of the meeting: outcomes, promises and follow-up actions",
    "Eerst per vraag de uitkomst vastleggen (Na het overleg).": "First record the outcome of each ask (After the meeting).",
    "Verslag van het overleg met %s exporteren": "Export the report of the meeting with %s",
    "Verslag voor %s": "Report for %s",
    "Verslag exporteren": "Export meeting report",
    "Voor %s is nog geen uitkomst vastgelegd, dus er is niets te verslaan. Leg per vraag de uitkomst vast (Na het "
    "overleg) en exporteer dan het verslag.":
        "No outcome has been recorded for %s yet, so there is nothing to report. Record the outcome of each ask "
        "(After the meeting), then export the report.",
    # gui/dialogs/lookback_dialog.py, gui/controllers/starting.py, gui/document.py
    "Terugblik uit het vorige overleg": "Looking back at the last meeting",
    "Deze toezeggingen en open acties komen uit het laatste overleg met de doelgroep, gevonden in de mappen van het "
    "overzicht. Ze komen vooraan in de notitie, onder ‘Terugblik’. Vink uit wat u niet wilt noemen.":
        "These promises and open actions come from the last meeting with the audience, found in the overview's "
        "folders. They go first in the note, under ‘Terugblik’. Untick what you do not want to raise.",
    "Punten voor de terugblik": "Points to look back on",
    "zonder datum": "undated",
    "%1: uit ‘%2’ (%3)": "%1: from ‘%2’ (%3)",
    "&Overnemen": "&Take over",
    "Over&slaan": "&Skip",
    "Terugblik": "Looking back",
    "Terugblik: het vorige overleg zoeken…": "Looking back: finding the last meeting…",
    "Terugblik: geen toezeggingen of open acties uit een vorig overleg met deze doelgroepen gevonden.":
        "Looking back: no promises or open actions found from an earlier meeting with these audiences.",
    "terugblik overnemen": "take over the look back",
    "punt uit de terugblik halen": "drop a point from the look back",
}
