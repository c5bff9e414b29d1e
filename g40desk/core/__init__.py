"""The Qt-free core: catalogue, audiences, packs, placeholders and storage."""
