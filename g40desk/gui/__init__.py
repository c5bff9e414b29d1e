"""The PySide6 editor: a thin layer over g40desk.core and g40desk.export."""
