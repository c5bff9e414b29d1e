"""The G40 agenda as data: the catalogue, agenda versions, editing and reviewing them."""
