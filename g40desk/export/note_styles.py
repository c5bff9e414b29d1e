"""Which Word style each block of a note takes: the writer applies it, the page model measures with it."""

from __future__ import annotations

from g40desk.core.note.blocks import Block, BlockType

# Block type -> Word style (headings: "Heading <level>"; level-2 bullets: "List Bullet 2").
_STYLES = {
    BlockType.TITLE: "Title", BlockType.SUBTITLE: "Subtitle", BlockType.TEXT: None, BlockType.CONTEXT: "Body Text",
    BlockType.BULLET: "List Bullet", BlockType.NUMBERED: "List Number", BlockType.CAPTION: "Caption",
    BlockType.QUOTE: "Quote",
}
DETAILS_SHARES = (0.21, 0.79)  # of the template's text width
FIGURES_SHARES = (0.5, 0.5)
ACTIONS_SHARES = (0.56, 0.24, 0.2)  # what, who, by when


def block_style(block: Block) -> str | None:
    """The Word style of a block's paragraph (None: the template's normal style)."""
    if block.type == BlockType.HEADING:
        return f"Heading {block.level}"
    style = _STYLES.get(block.type)
    return f"{style} {block.level}" if block.type == BlockType.BULLET and block.level > 1 else style


def table_shares(block: Block) -> tuple[float, ...]:
    """How a table block splits the text width between its columns."""
    return {BlockType.DETAILS: DETAILS_SHARES, BlockType.ACTIONS: ACTIONS_SHARES}.get(block.type, FIGURES_SHARES)
