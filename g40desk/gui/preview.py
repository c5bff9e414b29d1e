"""A live preview of the note for one audience, rendered from the same Briefing as Word."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from g40desk.core.briefing import PRIORITY_LABELS, Briefing, build_briefing, card_line, visible_sections
from g40desk.core.pack import Form, NoteOptions, Priority
from g40desk.core.text import xml_safe
from g40desk.gui.widgets import compact, sync_audiences

DELAY_MS = 200

CSS = """
body { font-family: Calibri, 'DejaVu Sans', sans-serif; font-size: 10.5pt; }
h1.title { color: #1b3a5c; font-size: 20pt; margin-bottom: 0; }
p.subtitle { color: #c43e1c; font-size: 12pt; }
h1 { color: #1b3a5c; font-size: 14pt; margin-top: 14px; }
h2 { color: #1b3a5c; font-size: 12pt; }
h3 { color: #c43e1c; font-size: 10.5pt; }
p.caption { color: #595959; font-size: 8.5pt; font-style: italic; }
td { padding: 2px 6px; }
"""


def _t(text: str) -> str:
    return escape(xml_safe(text)).replace("\n", "<br>")


def briefing_html(b: Briefing, options: NoteOptions) -> str:
    """The note (or the talking-points card) as HTML, section for section as in Word."""
    out = [f"<html><head><style>{CSS}</style></head><body>", f"<h1 class='title'>{_t(b.title)}</h1>"]
    if options.form == Form.CARD:
        return _card_html(b, out)
    if b.audience_name:
        out.append(f"<p class='subtitle'>Briefing voor {_t(b.audience_name)}</p>")
    if b.details:
        out.append("<table border='1' cellspacing='0'>")
        out += [f"<tr><td><b>{_t(k)}</b></td><td>{_t(v)}</td></tr>" for k, v in b.details]
        out.append("</table>")
    if options.key_points and b.key_asks:
        out.append("<h1>Kern van het gesprek</h1><ul>")
        out += [f"<li>{_t(a.label)}</li>" for a in b.key_asks]
        out.append("</ul>")
    for message, themes in visible_sections(b, options):
        out.append(f"<h1>{_t(message.title)}</h1>")
        for theme in themes:
            if theme.id != message.id:
                out.append(f"<h2>{_t(theme.title)}</h2>")
            if options.rationale and theme.rationale:
                out.append("<h3>Waarom is dit van belang?</h3>")
                out += [f"<p>{_t(p)}</p>" for p in theme.rationale]
            if options.goals and theme.goals:
                out.append("<h3>Wat willen we?</h3><ul>")
                out += [f"<li>{_t(g)}</li>" for g in theme.goals]
                out.append("</ul>")
            if theme.asks:
                out.append("<h3>Wat vragen we?</h3><ol>")
                for ask in theme.asks:
                    out.append(f"<li>{_t(ask.text)}")
                    if ask.context:
                        out.append(f"<p><b>Lokale context: </b>{_t(ask.context)}</p>")
                    if ask.talking_points:
                        out.append("<ul>" + "".join(f"<li>{_t(p)}</li>" for p in ask.talking_points) + "</ul>")
                    meta = ask.source + (f" · prioriteit {PRIORITY_LABELS[ask.priority]}" if ask.priority else "")
                    out.append(f"<p class='caption'>{_t(meta)}</p></li>")
                out.append("</ol>")
    if options.key_figures and b.figures:
        out.append("<h1>Kerngegevens</h1><table border='1' cellspacing='0'><tr><td><b>Indicator</b></td><td><b>Bron</b></td></tr>")
        out += [f"<tr><td>{_t(f.text)}</td><td>{_t(f.source)}</td></tr>" for f in b.figures]
        out.append("</table>")
    if b.warnings:
        out.append("<p style='color:#b00020'>" + "<br>".join(_t(w) for w in b.warnings) + "</p>")
    out.append("</body></html>")
    return "".join(out)


def _card_html(b: Briefing, out: list[str]) -> str:
    if b.audience_name:
        out.append(f"<p class='subtitle'>Gesprekskaart · {_t(b.audience_name)}</p>")
    facts = [v for k, v in b.details if k in ("Datum", "Plaats", "Rubricering")]
    if facts:
        out.append(f"<p class='caption'>{_t(' · '.join(facts))}</p>")
    out.append("<h1>Vragen en gesprekspunten</h1><ol>")
    for ask in b.asks:
        line = _t(card_line(ask))
        if ask.priority == Priority.HIGH:
            line = f"<b>{line}</b>"
        points = "".join(f"<li>{_t(p)}</li>" for p in ask.talking_points)
        out.append(f"<li>{line}" + (f"<ul>{points}</ul>" if points else "") + "</li>")
    out.append("</ol></body></html>")
    return "".join(out)


class PreviewPanel(QWidget):
    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.audience = compact(QComboBox())
        self.audience.setAccessibleName(self.tr("Voorbeeld voor doelgroep"))
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Voorbeeld van de notitie"))
        self.view.setOpenLinks(False)
        label = QLabel(self.tr("Voorbeeld voor:"))
        label.setBuddy(self.audience)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.audience)
        layout.addWidget(self.view, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        doc.changed.connect(self.timer.start)
        doc.meta_changed.connect(self._fill_audiences)
        self.audience.currentIndexChanged.connect(lambda _i: self.timer.start())
        self._fill_audiences()
        self.refresh()

    def _fill_audiences(self) -> None:
        sync_audiences(self.audience, self.doc)

    def refresh(self) -> None:
        doc = self.doc
        briefing = build_briefing(doc.pack, doc.catalogue, doc.audiences, self.audience.currentData())
        scroll = self.view.verticalScrollBar().value()
        self.view.setHtml(briefing_html(briefing, doc.pack.options))
        self.view.verticalScrollBar().setValue(scroll)
