"""The briefing pack: its model, its file, duplicating it, the demo pack."""
