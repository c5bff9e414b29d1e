"""What an advisor's office would otherwise use: docxtpl for the note, XlsxWriter for the matrix.

Both produce the same content and formats as g40desk, so the ratios compare like with like.
"""

from __future__ import annotations

from pathlib import Path

from g40desk.core.note.briefing import PRIORITY_LABELS, STATUS_LABELS, Briefing
from g40desk.resources import template_file


def make_docxtpl_template(path: Path) -> Path:
    """The G40 house template with Jinja tags for every part of the note."""
    from docx import Document

    doc = Document(str(template_file("g40-note.docx")))
    add = doc.add_paragraph
    add("{{ title }}", "Title")
    add("Briefing voor {{ audience }}", "Subtitle")
    table = doc.add_table(rows=3, cols=2)
    table.style = doc.styles["Table Grid"]
    table.cell(0, 0).text = "{%tr for label, value in details %}"
    table.cell(1, 0).text = "{{ label }}"
    table.cell(1, 1).text = "{{ value }}"
    table.cell(2, 0).text = "{%tr endfor %}"
    add("Kern van het gesprek", "Heading 1")
    add("{%p for a in key_asks %}")
    add("{{ a.label }}", "List Bullet")
    add("{%p endfor %}")
    add("{%p for m in messages %}")
    add("{{ m.title }}", "Heading 1")
    add("{%p for t in m.themes %}")
    add("{{ t.title }}", "Heading 2")
    add("{%p if t.rationale %}")
    add("Waarom is dit van belang?", "Heading 3")
    add("{%p for r in t.rationale %}")
    add("{{ r }}")
    add("{%p endfor %}")
    add("{%p endif %}")
    add("{%p if t.goals %}")
    add("Wat willen we?", "Heading 3")
    add("{%p for g in t.goals %}")
    add("{{ g }}", "List Bullet")
    add("{%p endfor %}")
    add("{%p endif %}")
    add("{%p if t.asks %}")
    add("Wat vragen we?", "Heading 3")
    add("{%p for a in t.asks %}")
    add("{{ a.text }}", "List Number")
    add("{%p if a.context %}")
    add("Lokale context: {{ a.context }}", "Body Text")
    add("{%p endif %}")
    add("{%p for p in a.talking_points %}")
    add("{{ p }}", "List Bullet 2")
    add("{%p endfor %}")
    add("{{ a.meta }}", "Caption")
    add("{%p endfor %}")
    add("{%p endif %}")
    add("{%p endfor %}")
    add("{%p endfor %}")
    add("Kerngegevens", "Heading 1")
    figures = doc.add_table(rows=4, cols=2)
    figures.style = doc.styles["Table Grid"]
    figures.cell(0, 0).text = "Indicator"
    figures.cell(0, 1).text = "Bron"
    figures.cell(1, 0).text = "{%tr for f in figures %}"
    figures.cell(2, 0).text = "{{ f.text }}"
    figures.cell(2, 1).text = "{{ f.source }}"
    figures.cell(3, 0).text = "{%tr endfor %}"
    doc.save(path)
    return path


def docxtpl_context(b: Briefing) -> dict:
    def ask(a):
        meta = a.source + (f" · prioriteit {PRIORITY_LABELS[a.priority]}" if a.priority else "")
        return {"label": a.label, "text": a.text, "context": a.context, "talking_points": a.talking_points, "meta": meta}

    return {
        "title": b.title, "audience": b.audience_name, "details": b.details,
        "key_asks": [ask(a) for a in b.key_asks],
        "messages": [{"title": m.title, "themes": [{"title": t.title, "rationale": t.rationale, "goals": [g.text for g in t.goals],
                                                      "asks": [ask(a) for a in t.asks]} for t in m.themes]}
                     for m in b.messages],
        "figures": [{"text": f.text, "source": f.source} for f in b.figures],
    }


def docxtpl_note(template: Path, context: dict, out: Path) -> None:
    """Rendered with docxtpl, then written as g40desk writes a note: atomically, with the same fsyncs."""
    from docxtpl import DocxTemplate

    from g40desk.core.files.atomic import write_atomic

    doc = DocxTemplate(str(template))
    doc.render(context, autoescape=True)
    write_atomic(Path(out), doc.save)


def xlsxwriter_matrix(pack, catalogue, audiences, out: Path) -> None:
    """The same four sheets, cells and formats as g40desk's matrix, with XlsxWriter."""
    import xlsxwriter

    from g40desk.core.agenda.catalogue import Kind

    book = xlsxwriter.Workbook(str(out))
    head = book.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1B3A5C", "text_wrap": True,
                            "valign": "vcenter"})
    text = book.add_format({"num_format": "@", "valign": "top"})
    wrap = book.add_format({"num_format": "@", "valign": "top", "text_wrap": True})
    bold = book.add_format({"num_format": "@", "valign": "top", "bold": True})
    mark = book.add_format({"num_format": "@", "valign": "top", "bold": True, "font_color": "#1B3A5C"})
    fills = {k: book.add_format({"bg_color": c}) for k, c in
             {"hoog": "#F4CCCC", "middel": "#FFF2CC", "laag": "#D9EAD3", "toegezegd": "#D9EAD3"}.items()}
    ws = book.add_worksheet("Matrix")
    ministries = list(audiences.ministries)
    titles = ["ID", "Thema", "Eis", "Prioriteit", "Status"] + [m.abbreviation for m in ministries]
    titles += [f"Prioriteit {audiences[a].display_name}" for a in pack.audiences]
    ws.write_row(0, 0, titles, head)
    row = 1
    demands = [(i, catalogue[i.ref]) for i in pack.items if catalogue[i.ref].kind == Kind.DEMAND]
    theme = None
    for item, entry in demands:
        if entry.theme != theme:
            theme = entry.theme
            if theme:
                ws.write_string(row, 0, theme, text)
                ws.write_string(row, 1, catalogue[theme].label, bold)
                ws.set_row(row, None, None, {"level": 1})
                row += 1
        ws.write_string(row, 0, entry.id, text)
        ws.write_string(row, 1, catalogue[entry.theme or entry.message].label, text)
        ws.write_string(row, 2, item.text or entry.label, wrap)
        ws.write_string(row, 3, PRIORITY_LABELS[item.priority] if item.priority else "", text)
        ws.write_string(row, 4, STATUS_LABELS[item.status] if item.status else "", text)
        for k, m in enumerate(ministries):
            if m.id in entry.ministries:
                ws.write_string(row, 5 + k, "●", mark)
        for k, a in enumerate(pack.audiences):
            p = item.effective(a).priority
            ws.write_string(row, 5 + len(ministries) + k, PRIORITY_LABELS[p] if p else "", text)
        ws.set_row(row, 30, None, {"level": 2})
        row += 1
    ws.freeze_panes(1, 3)
    ws.autofilter(0, 0, row - 1, len(titles) - 1)
    ws.set_column(0, 1, 30)
    ws.set_column(2, 2, 70)
    for col in [3] + list(range(5 + len(ministries), len(titles))):
        ws.data_validation(1, col, row - 1, col, {"validate": "list", "source": ["hoog", "middel", "laag"]})
        for value in ("hoog", "middel", "laag"):
            ws.conditional_format(1, col, row - 1, col, {"type": "cell", "criteria": "==", "value": f'"{value}"',
                                                         "format": fills[value]})
    ws.data_validation(1, 4, row - 1, 4, {"validate": "list", "source": list(STATUS_LABELS.values())})
    ws.conditional_format(1, 4, row - 1, 4, {"type": "cell", "criteria": "==", "value": '"toegezegd"',
                                              "format": fills["toegezegd"]})
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    details = book.add_worksheet("Eisen")
    details.write_row(0, 0, ["ID", "Thema", "Catalogustekst", "Aangepaste tekst", "Lokale context", "Gesprekspunten",
                             "Prioriteit", "Status", "Ministeries", "Bron"], head)
    for r, (item, entry) in enumerate(demands, start=1):
        values = [entry.id, catalogue[entry.theme or entry.message].label, entry.node.text or "", item.text or "",
                  item.context or "", "\n".join(f"• {p}" for p in item.talking_points),
                  PRIORITY_LABELS[item.priority] if item.priority else "",
                  STATUS_LABELS[item.status] if item.status else "", ", ".join(entry.ministries), "bron"]
        for c, v in enumerate(values):
            details.write_string(r, c, v, wrap)
    details.freeze_panes(1, 1)
    figures = book.add_worksheet("Kerngegevens")
    figures.write_row(0, 0, ["ID", "Indicator", "Bron"], head)
    for r, item in enumerate((i for i in pack.items if catalogue[i.ref].kind == Kind.KEY_FIGURE), start=1):
        node = catalogue[item.ref].node
        figures.write_string(r, 0, node.id, text)
        figures.write_string(r, 1, item.text or node.text, wrap)
        figures.write_string(r, 2, node.source or "", wrap)
    about = book.add_worksheet("Over")
    for r, (k, v) in enumerate([("Titel", pack.title), ("Pakket-ID", pack.id)]):
        about.write_string(r, 0, k, bold)
        about.write_string(r, 1, v, wrap)
    book.close()
