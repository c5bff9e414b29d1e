"""Qt item models over core objects: catalogue, outline, audiences."""
