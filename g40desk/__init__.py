"""g40desk: a desktop editor for G40 lobbying briefing packs."""

__version__ = "0.1.0"
