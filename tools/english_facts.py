"""English for the strings of facts by date and facts values (issue 20, points 6 and 7); english.py merges it."""

ENGLISH_FACTS = {
    # audience dialog (gui/dialogs/audience_dialog.py)
    "%1: een naam mag geen { of } bevatten; typ de naam zelf, bv. Peter Snijders.":
        "%1: a name cannot contain { or }; type the name itself, e.g. Peter Snijders.",
}
