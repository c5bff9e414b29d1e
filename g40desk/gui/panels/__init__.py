"""The main window's panels: catalogue, item editor, pack, preview, start page."""
