"""The page-count model: a card says before export whether it fits one page; checked against LibreOffice."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from g40desk.cli.commands import main
from g40desk.core.agenda.catalogue import Kind
from g40desk.core.note.briefing import build_briefing
from g40desk.core.pack.model import Form, Item, NoteOptions, Pack, Priority
from g40desk.core.pack.storage import save_pack
from g40desk.export import pipeline
from g40desk.export.docx_note import write_note
from g40desk.export.page_model import card_pages, estimate_pages
from tests.notes import checked

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _pack(catalogue, asks: int, points: int) -> Pack:
    demands = [e.id for e in catalogue.walk() if e.kind == Kind.DEMAND and e.node.outdated is None][:asks]
    return Pack(title="Gesprek met de minister", audiences=["city:zwolle"], items=[
        Item(ref=d, priority=Priority.HIGH if i % 3 == 0 else None, context="Zwolle bouwt door" if i % 2 else None,
             talking_points=[f"Gesprekspunt {j + 1} over de financiering en de uitvoering" for j in range(points)])
        for i, d in enumerate(demands)])


def test_card_pages_grow_with_the_pack(catalogue, audiences):
    small = build_briefing(_pack(catalogue, 4, 1), catalogue, audiences)
    large = build_briefing(_pack(catalogue, 18, 2), catalogue, audiences)
    assert card_pages(small, NoteOptions()) == 1
    assert card_pages(large, NoteOptions()) >= 2  # the 18 asks with two talking points each
    assert estimate_pages(large, NoteOptions()) > card_pages(large, NoteOptions())  # the note is longer than its card


def test_cli_refuses_a_card_that_overflows_unless_allowed(tmp_path, catalogue, capsys):
    pack_path = tmp_path / "lang.g40pack"
    save_pack(_pack(catalogue, 18, 2), pack_path, backup=False)
    card = tmp_path / "kaart.docx"
    assert main(["export", str(pack_path), "--docx", str(card), "--form", "card"]) == 1
    err = capsys.readouterr().err
    assert "de gesprekskaart wordt ongeveer 2 pagina's (18 vragen, 36 gesprekspunten)" in err
    assert "--allow-long-card" in err and not card.exists()
    assert main(["export", str(pack_path), "--docx", str(card), "--form", "card", "--allow-long-card"]) == 0
    assert "van ongeveer 2 pagina's" in capsys.readouterr().out and card.exists()


def test_cli_says_a_short_card_is_one_page(tmp_path, catalogue, capsys):
    pack_path = tmp_path / "kort.g40pack"
    save_pack(_pack(catalogue, 5, 1), pack_path, backup=False)
    assert main(["export", str(pack_path), "--docx", str(tmp_path / "k.docx"), "--form", "card"]) == 0
    assert "van ongeveer 1 pagina" in capsys.readouterr().out


@pytest.mark.slow
@pytest.mark.skipif(not (SOFFICE and shutil.which("pdfinfo")), reason="LibreOffice and poppler-utils are not installed")
def test_model_is_within_one_page_of_libreoffice(tmp_path, catalogue, audiences):
    cases = [(3, 1, Form.CARD), (10, 2, Form.CARD), (18, 2, Form.CARD), (30, 3, Form.CARD), (40, 2, Form.CARD),
             (8, 2, Form.NOTE), (24, 1, Form.NOTE)]
    estimates = {}
    for asks, points, form in cases:
        briefing = checked(_pack(catalogue, asks, points), catalogue, audiences)
        options = NoteOptions(form=form)
        path = tmp_path / f"{form}-{asks}.docx"
        write_note(briefing, options, path)
        estimates[path] = estimate_pages(briefing.briefing, options)
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), *map(str, estimates)], capture_output=True, timeout=300, check=True)
    for path, estimate in estimates.items():
        info = subprocess.run(["pdfinfo", str(path.with_suffix(".pdf"))], capture_output=True, text=True).stdout
        rendered = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
        assert abs(rendered - estimate) <= 1, (path.name, estimate, rendered)
    assert len({e for e in estimates.values()}) >= 3  # the sizes really differ


def test_a_long_card_is_refused_or_written_with_one_finding(tmp_path, catalogue, audiences):
    card = NoteOptions(form=Form.CARD)
    long = _pack(catalogue, 18, 2)
    with pytest.raises(pipeline.CardTooLong) as refused:
        pipeline.check(long, catalogue, audiences, ["city:zwolle"], card)
    assert (refused.value.pages, refused.value.asks) == (2, 18) and not list(tmp_path.iterdir())
    plan = pipeline.check(long, catalogue, audiences, ["city:zwolle"], card, allow=pipeline.Allow(long_card=True))
    written = pipeline.write_note(plan, "city:zwolle", tmp_path / "kaart.docx")
    assert [f.kind for f in written.findings] == [pipeline.LONG_CARD]  # measured once, in the check
    assert written.warnings[0].startswith("de gesprekskaart wordt ongeveer 2 pagina's (18 vragen, 36 gesprekspunten)")
    short = pipeline.check(_pack(catalogue, 4, 1), catalogue, audiences, ["city:zwolle"], card)
    assert short.pages == {"city:zwolle": 1} and short.findings == []
    assert pipeline.check(long, catalogue, audiences, ["city:zwolle"]).pages == {}  # a note: not measured
