"""Files on disk: atomic writes, safe reads, lock files, the user's data folder."""
