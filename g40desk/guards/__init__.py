"""Guards for untrusted Office files: zip limits and the template allow-list (Qt-free)."""
