"""Window-level controllers: files, exports, the agenda menu, crash recovery."""
