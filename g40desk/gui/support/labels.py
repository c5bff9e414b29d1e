"""Interface names for the core's keys and enums, translatable (the core stays language-free).

The Word note and the matrix are Dutch documents and keep the core's Dutch labels;
these are what the editor shows, in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from g40desk.core.agenda.catalogue import Kind, Pillar
from g40desk.core.audience.audiences import RoleKind
from g40desk.core.pack.limits import Limit, Refusal
from g40desk.core.pack.model import Classification, Priority, Result, Status
from g40desk.gui.support.dates import long_date


def priority(value: Priority) -> str:
    return {
        Priority.HIGH: QCoreApplication.translate("Labels", "hoog"),
        Priority.MEDIUM: QCoreApplication.translate("Labels", "middel"),
        Priority.LOW: QCoreApplication.translate("Labels", "laag"),
    }[value]


def status(value: Status) -> str:
    return {
        Status.OPEN: QCoreApplication.translate("Labels", "open"),
        Status.RAISED: QCoreApplication.translate("Labels", "aangekaart"),
        Status.IN_PROGRESS: QCoreApplication.translate("Labels", "in behandeling"),
        Status.AGREED: QCoreApplication.translate("Labels", "toegezegd"),
        Status.ACHIEVED: QCoreApplication.translate("Labels", "gerealiseerd"),
        Status.REJECTED: QCoreApplication.translate("Labels", "afgewezen"),
    }[value]


def result(value: Result | None) -> str:
    """An outcome of the meeting (core/pack/outcomes.RESULT_LABELS); None: nothing recorded."""
    if value is None:
        return QCoreApplication.translate("Outcomes", "geen uitkomst vastgelegd")
    return {
        Result.PROMISED: QCoreApplication.translate("Outcomes", "toegezegd"),
        Result.IN_PROGRESS: QCoreApplication.translate("Outcomes", "in behandeling"),
        Result.REJECTED: QCoreApplication.translate("Outcomes", "afgewezen"),
        Result.NO_RESPONSE: QCoreApplication.translate("Outcomes", "geen reactie"),
        Result.NOT_DISCUSSED: QCoreApplication.translate("Outcomes", "niet besproken"),
    }[value]


def classification(value: Classification) -> str:
    return {
        Classification.PUBLIC: QCoreApplication.translate("Labels", "Openbaar"),
        Classification.INTERNAL: QCoreApplication.translate("Labels", "Intern"),
        Classification.CONFIDENTIAL: QCoreApplication.translate("Labels", "Vertrouwelijk"),
    }[value]


def kind(value: Kind) -> str:
    return {
        Kind.SECTION: QCoreApplication.translate("Labels", "Onderdeel"),
        Kind.QUESTION: QCoreApplication.translate("Labels", "Vraag"),
        Kind.CORE_MESSAGE: QCoreApplication.translate("Labels", "Kernboodschap"),
        Kind.THEME: QCoreApplication.translate("Labels", "Thema"),
        Kind.GOAL: QCoreApplication.translate("Labels", "Doel"),
        Kind.DEMAND: QCoreApplication.translate("Labels", "Eis"),
        Kind.KEY_FIGURE: QCoreApplication.translate("Labels", "Kerngegeven"),
    }[value]


def field_name(name: str) -> str:
    """A field of data/fields.json as the editor names it."""
    return {
        "own_wording": QCoreApplication.translate("Labels", "aangepaste tekst"),
        "context": QCoreApplication.translate("Labels", "context"),
        "talking_points": QCoreApplication.translate("Labels", "gesprekspunten"),
        "priority": QCoreApplication.translate("Labels", "prioriteit"),
        "status": QCoreApplication.translate("Labels", "status"),
        "note": QCoreApplication.translate("Labels", "interne notitie"),
        "audience_wording": QCoreApplication.translate("Labels", "tekst voor deze doelgroep"),
        "audience_context": QCoreApplication.translate("Labels", "context voor deze doelgroep"),
        "audience_points": QCoreApplication.translate("Labels", "gesprekspunten voor deze doelgroep"),
        "audience_priority": QCoreApplication.translate("Labels", "prioriteit voor deze doelgroep"),
    }[name]


def pillar(value: Pillar) -> str:
    return {
        Pillar.SOCIAL: QCoreApplication.translate("Labels", "Sociale Pijler"),
        Pillar.ECONOMY_WORK: QCoreApplication.translate("Labels", "Pijler Economie & Werk"),
        Pillar.PHYSICAL: QCoreApplication.translate("Labels", "Fysieke Pijler"),
    }[value]


def role_kind(kind: RoleKind) -> str:
    return {
        RoleKind.MINISTER: QCoreApplication.translate("Labels", "minister"),
        RoleKind.MINISTER_VOOR: QCoreApplication.translate("Labels", "minister voor …"),
        RoleKind.STAATSSECRETARIS: QCoreApplication.translate("Labels", "staatssecretaris"),
        RoleKind.BURGEMEESTER: QCoreApplication.translate("Labels", "burgemeester"),
        RoleKind.WETHOUDER: QCoreApplication.translate("Labels", "wethouder"),
    }[kind]


STALE_GREY = "#7a7a7a"  # outdated and retired entries in the catalogue and the outline


def is_stale(entry) -> bool:
    """Outdated or retired: shown greyed, with the reason in the tooltip."""
    return entry.node.outdated is not None or entry.node.retired is not None


def status_suffix(entry) -> str:
    """After an entry's label in lists: whether it is outdated, retired or the advisor's own."""
    node = entry.node
    if node.retired is not None:
        return QCoreApplication.translate("Labels", " (vervallen)")
    if node.outdated is not None:
        if node.outdated.partial:
            return QCoreApplication.translate("Labels", " (deels achterhaald)")
        return QCoreApplication.translate("Labels", " (achterhaald)")
    if entry.own:
        return QCoreApplication.translate("Labels", " (eigen inbreng)")
    return ""


def status_note(entry) -> str:
    """A line for tooltips: why and since when an entry is outdated or retired."""
    node = entry.node
    if node.outdated is not None:
        return QCoreApplication.translate("Labels", "Achterhaald sinds {0}: {1}\n\n").format(
            long_date(node.outdated.since), node.outdated.reason)
    if node.retired is not None:
        return QCoreApplication.translate("Labels", "Vervallen: {0}\n\n").format(node.retired.reason)
    return ""


def _field(name: str) -> str:
    return {
        "title": QCoreApplication.translate("Limits", "Titel"),
        "author": QCoreApplication.translate("Limits", "Auteur"),
        "meeting.place": QCoreApplication.translate("Limits", "Plaats"),
        "meeting.participants": QCoreApplication.translate("Limits", "Deelnemers"),
        "meeting.purpose": QCoreApplication.translate("Limits", "Doel"),
        "text": QCoreApplication.translate("Limits", "Aangepaste tekst"),
        "context": QCoreApplication.translate("Limits", "Lokale context"),
        "note": QCoreApplication.translate("Limits", "Interne notitie"),
        "talking_points": QCoreApplication.translate("Limits", "Gesprekspunten"),
        "override.text": QCoreApplication.translate("Limits", "Afwijkende tekst"),
        "override.context": QCoreApplication.translate("Limits", "Afwijkende context"),
        "override.talking_points": QCoreApplication.translate("Limits", "Afwijkende gesprekspunten"),
        "meeting.participants_for": QCoreApplication.translate("Limits", "Deelnemers"),
        "own.text": QCoreApplication.translate("Limits", "Eigen inbreng"),
        "outcome.said": QCoreApplication.translate("Limits", "Wat is gezegd"),
        "outcome.action": QCoreApplication.translate("Limits", "Vervolgactie"),
        "meeting.held": QCoreApplication.translate("Limits", "Aanwezig"),
    }.get(name, name)


def refusal(refused: Refusal) -> str:
    """What the editor says when the core refuses an edit beyond the pack's limits (core/pack/limits.py).

    The core's own Dutch line serves the command line and the importers; here the same
    refusal is said in the interface language, with what happens to the text still in the field.
    """
    most = str(refused.maximum)
    if refused.limit == Limit.TEXT:
        return QCoreApplication.translate(
            "Limits", "%1: hooguit %2 tekens. De tekst blijft in het vak staan, maar is niet bewaard; maak hem "
                      "korter of zet een deel in een apart document.").replace("%1", _field(refused.field)).replace(
            "%2", most)
    if refused.limit == Limit.ITEMS:
        return QCoreApplication.translate(
            "Limits", "Er kunnen hooguit %1 onderdelen in één pakket; er is niets toegevoegd. Haal onderdelen weg "
                      "of verdeel ze over twee pakketten.").replace("%1", most)
    if refused.limit == Limit.AUDIENCES:
        return QCoreApplication.translate(
            "Limits", "Er kunnen hooguit %1 doelgroepen in één pakket; deze is niet toegevoegd. Haal eerst een "
                      "doelgroep weg.").replace("%1", most)
    if refused.limit == Limit.OWN:
        return QCoreApplication.translate(
            "Limits", "Er kunnen hooguit %1 eigen eisen en doelen in één pakket; deze is niet toegevoegd. Haal "
                      "eerst een eigen eis of doel weg.").replace("%1", most)
    if refused.limit == Limit.POINTS:
        rule = QCoreApplication.translate("Limits", "Gesprekspunten: hooguit %1 per onderdeel (één per regel).")
    else:
        rule = QCoreApplication.translate("Limits", "Gesprekspunten: hooguit %1 in het hele pakket.")
    keep = QCoreApplication.translate(
        "Limits", "De tekst blijft in het vak staan, maar is niet bewaard tot u regels samenvoegt of verwijdert.")
    return rule.replace("%1", most) + " " + keep
