"""Manage audiences: organisations and their roles, with dates, people and facts.

The dialog edits a copy of the merged audience data; *Opslaan* writes only what differs
from the built-in data to the user's own file (core/audience_store.py). The status-bar
notice warns when the open pack addresses something that has ceased.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from g40desk.core.audience.audiences import (
    Audiences,
    AudiencesFile,
    City,
    Ministry,
    Notice,
    Role,
    RoleKind,
    build_audiences,
    notices,
)
from g40desk.core.audience.facts import braced
from g40desk.core.audience.store import default_user_file, load_audiences, save_user_audiences
from g40desk.core.errors import G40Error, pydantic_error
from g40desk.core.text import read_date, short_date, slugify, unique_id
from g40desk.gui.document import PackDocument
from g40desk.gui.models.audience_model import AudienceTreeModel
from g40desk.gui.support import labels, notify
from g40desk.gui.support.dates import DateField
from g40desk.gui.support.layout import fit_dialog
from g40desk.resources import data_file

# What a new role in a city or a ministry can be, the most common first.
CITY_ROLES = (RoleKind.WETHOUDER, RoleKind.BURGEMEESTER)
MINISTRY_ROLES = (RoleKind.MINISTER, RoleKind.STAATSSECRETARIS, RoleKind.MINISTER_VOOR)


class AudienceDialog(QDialog):
    """Add and edit organisations, roles and facts; saved to the user's own file."""

    def __init__(self, audiences: Audiences, base: AudiencesFile | None = None, path: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Doelgroepen beheren"))
        self.base = base or load_audiences(data_file("audiences.json")).data
        self.path = path
        self.working = audiences.data.model_copy(deep=True)
        self.loaded = audiences.data.model_copy(deep=True)
        self.saved_audiences: Audiences | None = None
        self._current: City | Ministry | Role | None = None
        self._loading = False

        self.day = DateField(self.tr("Geldig op datum"), optional=False, short=True)
        self.day.set_date(dt.date.today())
        self.show_all = QCheckBox(self.tr("Ook &vervallen en toekomstige tonen"))
        self.model = AudienceTreeModel(self.working, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Organisaties en rollen"))
        self.tree.setColumnWidth(0, 360)
        self.tree.setColumnWidth(1, 215)
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.sources.setOpenExternalLinks(False)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sources.setAccessibleName(self.tr("Bronnen"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000")
        self.problem.setAccessibleName(self.tr("Melding"))

        self.fields: dict[str, QLineEdit] = {}
        self.kind = QComboBox()
        for kind in RoleKind:
            self.kind.addItem(labels.role_kind(kind), kind.value)
        self.kind.setAccessibleName(self.tr("Soort rol"))
        self.stack = QStackedWidget()
        self.stack.addWidget(QLabel(self.tr("Kies links een organisatie of rol.")))
        self.stack.addWidget(self._form([
            ("name", self.tr("&Naam:")), ("abbreviation", self.tr("&Afkorting (ministerie):")),
            ("province", self.tr("&Provincie (stad):")), ("population", self.tr("&Inwoners:")),
            ("valid_from", self.tr("Geldig &vanaf (dd-mm-jjjj):")), ("valid_until", self.tr("Geldig &tot:")),
            ("successor", self.tr("&Opvolger (ID):")), ("contact", self.tr("&Contact:")), ("notes", self.tr("Notities:")),
        ], "org"))
        self.stack.addWidget(self._form([
            ("title", self.tr("&Titel:")), ("portfolio", self.tr("&Portefeuille:")), ("person", self.tr("P&ersoon:")),
            ("valid_from", self.tr("Geldig &vanaf (dd-mm-jjjj):")), ("valid_until", self.tr("Geldig &tot:")),
            ("successor", self.tr("&Opvolger (ID):")), ("notes", self.tr("Notities:")),
        ], "role", self.kind))

        self.add_city = QPushButton(self.tr("Nieuwe &stad…"))
        self.add_ministry = QPushButton(self.tr("Nieuw &ministerie…"))
        self.add_role = QPushButton(self.tr("Nieuwe &rol…"))
        self.remove_role = QPushButton(self.tr("Rol verwij&deren"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Geldig op:")))
        top.addWidget(self.day)
        top.addWidget(self.show_all)
        top.addStretch(1)
        split = QSplitter()
        split.addWidget(self.tree)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.stack)
        side_layout.addWidget(self.sources)
        side_layout.addStretch(1)
        split.addWidget(side)
        split.setSizes([700, 420])
        actions = QHBoxLayout()
        for button in (self.add_city, self.add_ministry, self.add_role, self.remove_role):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        fit_dialog(self, 1180, 640)
        for button in (*self.buttons.buttons(), self.add_city, self.add_ministry, self.add_role, self.remove_role):
            button.setAutoDefault(False)
        if audiences.user_problem:
            self.problem.setText(audiences.user_problem)

        self.day.date_edited.connect(self._on_view_changed)
        self.show_all.toggled.connect(self._on_view_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.kind.activated.connect(lambda _i: self._apply("kind", self.kind.currentData()))
        self.add_city.clicked.connect(self.new_city)
        self.add_ministry.clicked.connect(self.new_ministry)
        self.add_role.clicked.connect(self.new_role)
        self.remove_role.clicked.connect(self.delete_role)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._on_current()

    def keyPressEvent(self, event) -> None:
        """Return in a field applies that field; it never saves the whole dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _form(self, rows: list[tuple[str, str]], prefix: str, first: QWidget | None = None) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        if first is not None:
            form.addRow(self.tr("Soor&t:"), first)
        for name, label in rows:
            edit = QLineEdit()
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            edit.editingFinished.connect(lambda n=name, e=edit: self._apply(n, e.text()))
            self.fields[f"{prefix}.{name}"] = edit
            form.addRow(label, edit)
        return page

    # -- selection ---------------------------------------------------------------------
    @Slot()
    def _on_view_changed(self) -> None:
        keep = self._current.id if self._current else None
        self.model.set_view(self.day.date(), self.show_all.isChecked())
        self._select(keep)

    def _select(self, item_id: str | None) -> None:
        index = self.model.index_of(item_id) if item_id else QModelIndex()
        self.tree.setCurrentIndex(index)
        if index.isValid():
            self.tree.scrollTo(index)
        self._on_current()

    @Slot()
    def _on_current(self, *_args) -> None:
        self._current = self.model.item(self.tree.currentIndex())
        item = self._current
        self._loading = True
        try:
            prefix = "role" if isinstance(item, Role) else "org"
            self.stack.setCurrentIndex(0 if item is None else 2 if isinstance(item, Role) else 1)
            for key, edit in self.fields.items():
                if key.startswith(prefix + "."):
                    value = getattr(item, key.split(".", 1)[1], None) if item is not None else None
                    edit.setText("" if value is None else short_date(value) if isinstance(value, dt.date) else str(value))
            if isinstance(item, Role):
                self.kind.setCurrentIndex(self.kind.findData(item.kind.value))
            self.fields["org.abbreviation"].setEnabled(isinstance(item, Ministry))
            self.fields["org.province"].setEnabled(isinstance(item, City))
            self.fields["org.population"].setEnabled(isinstance(item, City))
        finally:
            self._loading = False
        known = {**self.base.sources, **self.working.sources}
        cited = [known[k] for k in (item.sources if item is not None else []) if k in known]
        self.sources.setText("\n".join(self.tr("Bron: %1").replace("%1", f"{c.title}{f' ({c.url})' if c.url else ''}")
                                       for c in cited))
        self.add_role.setEnabled(item is not None)
        self.remove_role.setEnabled(isinstance(item, Role))

    # -- editing -----------------------------------------------------------------------
    def _apply(self, name: str, text: str | None) -> None:
        """Set one field on the selected item; a bad value is one line in the dialog, the old value stays."""
        item = self._current
        if self._loading or item is None:
            return
        value: object = (text or "").strip() or None
        if name == "population" and value is not None:
            digits = str(value).replace(".", "").replace(" ", "")
            value = int(digits) if digits.isdigit() else value
        if name in ("valid_from", "valid_until") and value is not None:
            day = read_date(str(value))
            if day is None:
                self.problem.setText(self.tr("%1: ‘%2’ is geen datum die g40desk begrijpt; typ bv. 15-01-2027 of "
                                             "15 januari 2027.").replace("%1", item.id).replace("%2", str(value)))
                self._on_current()
                return
            value = day
        if name == "person" and braced(value):  # it would reach a note as typed, never filled in
            self.problem.setText(self.tr("%1: een naam mag geen { of } bevatten; typ de naam zelf, bv. Peter Snijders.")
                                 .replace("%1", item.id))
            self._on_current()
            return
        if name in ("name", "province", "title") and value is None:
            value = "" if name != "name" else value
        try:
            setattr(item.model_copy(), name, value)  # pydantic keeps a value a model validator refused
            setattr(item, name, value)
        except ValidationError as exc:
            self.problem.setText(f"{item.id}: {pydantic_error(exc, None)}")
            self._on_current()
            return
        self.problem.clear()
        self.model.reload()
        self._select(item.id)

    def _org(self) -> City | Ministry | None:
        item = self._current
        if isinstance(item, Role):
            return next(o for o in [*self.working.cities, *self.working.ministries] if any(r is item for r in o.roles))
        return item

    def _new_id(self, prefix: str, name: str) -> str:
        taken = {o.id for o in [*self.working.cities, *self.working.ministries]}
        taken |= {r.id for o in [*self.working.cities, *self.working.ministries] for r in o.roles}
        return unique_id(f"{prefix}{slugify(name) or 'nieuw'}", taken)

    def new_city(self) -> None:
        name = notify.ask_text(self, self.tr("Nieuwe stad"), self.tr("Naam van de gemeente:"))
        if name and name.strip():
            city = City(id=self._new_id("city:", name), name=name.strip(), province="")
            self.working.cities.append(city)
            self._added(city.id)

    def new_ministry(self) -> None:
        name = notify.ask_text(self, self.tr("Nieuw ministerie"), self.tr("Naam (bv. Ministerie van …):"))
        if not (name and name.strip()):
            return
        short = notify.ask_text(self, self.tr("Nieuw ministerie"), self.tr("Afkorting:"))
        if short and short.strip():
            ministry = Ministry(id=self._new_id("ministry:", short), name=name.strip(), abbreviation=short.strip())
            self.working.ministries.append(ministry)
            self._added(ministry.id)

    def new_role(self) -> None:
        org = self._org()
        if org is None:
            return
        kinds = CITY_ROLES if isinstance(org, City) else MINISTRY_ROLES  # the first is offered first
        kind = notify.pick(self, self.tr("Nieuwe rol"), self.tr("Soort rol:"), [(labels.role_kind(k), k) for k in kinds])
        if kind is None:
            return
        detail = notify.ask_text(self, self.tr("Nieuwe rol"), self.tr("Portefeuille of titel (mag leeg blijven):"))
        if detail is None:
            return
        detail = detail.strip()
        role = Role(id=self._new_id(f"{org.id}/", f"{kind.value}-{detail}" if detail else kind.value), kind=kind,
                    portfolio=detail if kind in (RoleKind.WETHOUDER, RoleKind.STAATSSECRETARIS) and detail else None,
                    title=detail if kind == RoleKind.MINISTER_VOOR and detail else "")
        org.roles = [*org.roles, role]
        self._added(role.id)

    def _added(self, item_id: str) -> None:
        self.problem.clear()
        self.model.reload()
        self._select(item_id)

    def delete_role(self) -> None:
        role, org = self._current, self._org()
        if not isinstance(role, Role) or org is None:
            return
        built_in = {r.id for o in [*self.base.cities, *self.base.ministries] for r in o.roles}
        if role.id in built_in:
            self.problem.setText(self.tr("Een ingebouwde rol kunt u niet verwijderen; vul 'Geldig tot' in om hem te beëindigen."))
            return
        org.roles = [r for r in org.roles if r.id != role.id]
        self._added(org.id)

    def save(self) -> None:
        try:
            path = self.path or default_user_file()
            build_audiences(self.working, path)
            path = save_user_audiences(self.base, self.working, path, before=self.loaded)
            self.saved_audiences = load_audiences(user_file=path)
        except G40Error as exc:
            self.problem.setText(str(exc))
            return
        self.accept()


class AudienceNotice(QWidget):
    """A status-bar line when the open pack addresses something that has ceased, with a button
    that puts the proposed successor in its place (one undoable step)."""

    def __init__(self, doc: PackDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Waarschuwing over doelgroepen"))
        self.label.setStyleSheet("color: #8a4b00")
        self.replace = QPushButton(self.tr("&Vervangen…"))
        self.replace.setFlat(True)
        self.replace.clicked.connect(self._on_replace_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.replace)
        self._notices: list[Notice] = []
        doc.meta_changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        pack, audiences = self.doc.pack, self.doc.audiences
        self._notices = notices(audiences, list(pack.audiences), pack.meeting.date)
        lines = [n.message for n in self._notices]
        shorts = [n.short for n in self._notices]
        if audiences.user_problem:
            lines.append(audiences.user_problem)
            shorts.append(audiences.user_problem_short or audiences.user_problem)
        more = self.tr(" (en %1 meer)").replace("%1", str(len(lines) - 1)) if len(lines) > 1 else ""
        text = f"⚠ {shorts[0]}{more}" if lines else ""
        self.label.setText(self.label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, 900))  # tooltip: all
        self.setToolTip("\n".join(lines))
        self.replace.setVisible(any(n.successor for n in self._notices))
        self.setVisible(bool(lines))

    @Slot()
    def _on_replace_clicked(self) -> None:
        notice = next((n for n in self._notices if n.successor), None)
        if notice is None:
            return
        audiences = self.doc.audiences
        day = self.doc.pack.meeting.date or dt.date.today()
        old, new = audiences[notice.audience].display_name_on(day), audiences[notice.successor].display_name_on(day)
        if notify.confirm(self.window(), self.tr("Doelgroep vervangen"),
                          self.tr("'%1' vervangen door '%2'? Teksten per doelgroep gaan mee.")
                          .replace("%1", old).replace("%2", new), default_yes=True):
            self.doc.replace_audience(notice.audience, notice.successor, self.tr("doelgroep vervangen"))


def manage_audiences(parent: QWidget, doc: PackDocument) -> bool:
    """Open the dialog; after a save the open pack uses the new data (names, warnings, placeholders)."""
    dialog = AudienceDialog(doc.audiences, parent=parent)
    if not notify.run_dialog(dialog) or dialog.saved_audiences is None:
        return False
    doc.audiences = dialog.saved_audiences
    doc.meta_changed.emit()
    doc.changed.emit()
    return True
