"""Organisations with their roles under them, as valid on a day: the tree of the audience dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from g40desk.core.audience.audiences import AudiencesFile, City, Ministry, Role, RoleKind
from g40desk.core.text import short_date
from g40desk.gui.support import labels


def _period(item) -> str:
    start = short_date(item.valid_from) if item.valid_from else "…"
    end = short_date(item.valid_until) if item.valid_until else "…"
    return "" if not (item.valid_from or item.valid_until) else f"{start} – {end}"


class AudienceTreeModel(QAbstractItemModel):
    """Organisations with their roles under them, as valid on a day (or all of them)."""

    COLUMNS = 3

    def __init__(self, data: AudiencesFile, parent: QObject | None = None):
        super().__init__(parent)
        self.file = data
        self.day = dt.date.today()
        self.show_all = False
        self._orgs: list[City | Ministry] = []
        self._roles: dict[str, list[Role]] = {}
        self._refresh()

    def _refresh(self) -> None:
        day, every = self.day, self.show_all
        self._orgs = [o for o in [*self.file.cities, *self.file.ministries] if every or o.valid_on(day)]
        self._roles = {o.id: [r for r in o.roles if every or r.valid_on(day)] for o in self._orgs}

    def set_view(self, day: dt.date, show_all: bool) -> None:
        self.beginResetModel()
        self.day, self.show_all = day, show_all
        self._refresh()
        self.endResetModel()

    def reload(self) -> None:
        self.set_view(self.day, self.show_all)

    def item(self, index: QModelIndex) -> City | Ministry | Role | None:
        if not index.isValid():
            return None
        parent = index.internalPointer()
        if parent is None:
            return self._orgs[index.row()]
        return self._roles[parent.id][index.row()]

    def index_of(self, item_id: str) -> QModelIndex:
        for row, org in enumerate(self._orgs):
            if org.id == item_id:
                return self.createIndex(row, 0, None)
            for role_row, role in enumerate(self._roles[org.id]):
                if role.id == item_id:
                    return self.createIndex(role_row, 0, org)
        return QModelIndex()

    # -- QAbstractItemModel ------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, None)
        org = self.item(parent)
        return self.createIndex(row, column, org) if isinstance(org, City | Ministry) else QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalPointer() is None:
            return QModelIndex()
        org = index.internalPointer()
        row = next(i for i, o in enumerate(self._orgs) if o is org)
        return self.createIndex(row, 0, None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self._orgs)
        item = self.item(parent)
        return len(self._roles.get(item.id, [])) if isinstance(item, City | Ministry) else 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return self.COLUMNS

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item(index)
        if item is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == 0:
            if isinstance(item, Role):
                named = item._name_on(self.day)
                title = named.name if named else item.title or labels.role_kind(item.kind)
                if item.kind == RoleKind.MINISTER and not (named or item.title):
                    org = index.internalPointer().name_on(self.day).removeprefix("Ministerie van ")
                    title = f"{title} {self.tr('van')} {org}"
                if item.kind in (RoleKind.WETHOUDER, RoleKind.STAATSSECRETARIS) and item.portfolio and not item.title:
                    title = f"{labels.role_kind(item.kind)} {item.portfolio}"
                return f"{title}, {item.person}" if item.person else title
            return item.name_on(self.day)
        if index.column() == 1:
            return item.id
        return _period(item)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Naam"), self.tr("ID"), self.tr("Geldig")][section]
