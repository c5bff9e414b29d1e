"""Writers for Word notes and Excel matrices. Qt-free, like the core."""
