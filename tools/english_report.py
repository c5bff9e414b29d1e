"""English for the strings of the meeting report and the Terugblik (issue 25); english.py merges it."""

ENGLISH_REPORT = {
    # gui/menus.py, gui/controllers/exporting.py
    "&Verslag exporteren…": "Export meeting &report…",
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
}
