"""What a note says for one audience: briefing, blocks, placeholders and the pre-export check."""
