"""English for the editor's strings after the meeting: Na het overleg, Stand van zaken, the ledger's folders
(issue 25); english.py merges it."""

# The outcomes of an ask (gui/support/labels.result): "toegezegd" is "agreed" as a status, "promised" here.
BY_CONTEXT_AFTER = {("Outcomes", "toegezegd"): "promised", ("Outcomes", "in behandeling"): "in progress",
                   ("Outcomes", "afgewezen"): "rejected"}

ENGLISH_AFTER = {
    "geen uitkomst vastgelegd": "no outcome recorded", "geen reactie": "no response", "niet besproken": "not discussed",
    # limits (gui/support/labels._field)
    "Wat is gezegd": "What was said", "Vervolgactie": "Follow-up action", "Aanwezig": "Present",
}
