"""A realistic sample pack: a meeting with the minister of BZK on housing and climate, for Zwolle."""

from __future__ import annotations

import datetime as dt

from g40desk.core.pack.model import (
    Action,
    Classification,
    Held,
    Item,
    Meeting,
    Outcome,
    Override,
    Pack,
    Priority,
    Result,
    Status,
)
from g40desk.core.pack.owners import settle


def demo_pack() -> Pack:
    """The sample pack, with the owner of every text written down (for both audiences: one meeting)."""
    pack = Pack(
        title="Bestuurlijk overleg wonen en klimaat met de minister van BZK",
        audiences=["ministry:bzk", "city:zwolle"],
        meeting=Meeting(
            date=dt.date(2021, 3, 11),
            place="Ministerie van BZK, Turfmarkt 147, Den Haag",
            participants="Minister van BZK; wethouder wonen {stad}; directeur Stedennetwerk G40",
            purpose="Afspraken over de woningbouwimpuls en de wijkaanpak in {stad} vóór de Voorjaarsnota",
        ),
        author="Beleidsadviseur Stedennetwerk G40",
        classification=Classification.INTERNAL,
        items=[
            Item(ref="theme:wonen"),
            Item(ref="goal:wonen-1"),
            Item(
                ref="demand:wonen-1",
                text="Een snel en breed toegankelijke impulsregeling woningbouw, met meer budget en een "
                "langere looptijd zodra de vraag groot is, zodat ook {stad} haar bouwopgave haalt.",
                context="{stad} bouwt tot 2030 zo'n 10.000 woningen; de helft van de plannen wacht op de impulsregeling.",
                talking_points=[
                    "Onrendabele toppen blokkeren nu projecten in de binnenstedelijke zone.",
                    "Vraag om een tweede tranche nog dit voorjaar.",
                ],
                priority=Priority.HIGH,
                status=Status.RAISED,
                note="Intern: wethouder wil dit punt als eerste noemen; niet delen met de pers.",
                overrides={"city:zwolle": Override(priority=Priority.HIGH,
                                                   context="Zwolle: Spoorzone en Stadshagen wachten op een impulsbijdrage.")},
            ),
            Item(
                ref="demand:wonen-3",
                talking_points=["Afschaffing van de verhuurderheffing maakt investeringen in {stad} direct mogelijk."],
                priority=Priority.HIGH,
                status=Status.OPEN,
            ),
            Item(ref="demand:wonen-4", priority=Priority.MEDIUM, status=Status.IN_PROGRESS,
                 context="Wijkaanpak Holtenbroek loopt; structurele financiering ontbreekt."),
            Item(ref="theme:klimaat"),
            Item(ref="demand:klimaat-1", priority=Priority.HIGH, status=Status.OPEN,
                 talking_points=["70.000 woningen per jaar aardgasvrij vraagt menskracht die gemeenten nu niet hebben."]),
            Item(ref="demand:klimaat-2", priority=Priority.MEDIUM),
            Item(ref="demand:klimaat-7", priority=Priority.LOW),
            Item(ref="demand:goed-bestuur-5", priority=Priority.MEDIUM, status=Status.OPEN,
                 text="Stop direct met de opschalingskorting en draai haar terug."),
            Item(ref="figure:inwoners"),
            Item(ref="figure:bevolkingsgroei"),
        ],
    )
    settle(pack)
    return pack


def demo_after_meeting() -> Pack:
    """The demo pack after the meeting: held a day late, with the minister's answer to each ask."""
    pack = demo_pack()
    pack.meeting.held = Held(date=dt.date(2021, 3, 12), present="Minister van BZK; wethouder wonen Zwolle; "
                                                             "directeur Stedennetwerk G40; twee ambtenaren van BZK")
    answers = {
        "demand:wonen-1": Outcome(result=Result.PROMISED,
                                  said="De minister zegt een tweede tranche van de impulsregeling toe, nog voor de zomer.",
                                  actions=[Action(what="Lijst van projecten die wachten aanleveren", who="G40-bureau",
                                                  due=dt.date(2021, 4, 1)),
                                           Action(what="Brief met de voorwaarden van de tweede tranche", who="BZK",
                                                  due=dt.date(2021, 5, 15))]),
        "demand:wonen-3": Outcome(result=Result.REJECTED,
                                  said="Afschaffing past niet in deze kabinetsperiode; de minister verwijst naar de formatie."),
        "demand:wonen-4": Outcome(result=Result.IN_PROGRESS, said="BZK werkt aan een structurele regeling; "
                                  "de minister komt er in het najaar op terug.",
                                  actions=[Action(what="Ambtelijk overleg over de wijkaanpak plannen", who="wethouder wonen",
                                                  due=dt.date(2021, 3, 31), done=True)]),
        "demand:klimaat-1": Outcome(result=Result.NO_RESPONSE),
        "demand:klimaat-2": Outcome(result=Result.NOT_DISCUSSED),
    }
    for item in pack.items:
        if item.ref in answers:
            item.outcomes = {"ministry:bzk": answers[item.ref]}
    return pack
