"""Helper for test_atomic: saves a pack to one path over and over until killed."""

import sys
from pathlib import Path

from g40desk.core.pack.model import Item, Pack
from g40desk.core.pack.storage import save_pack

path = Path(sys.argv[1])
refs = [f"demand:klimaat-{n}" for n in range(1, 11)]
pack = Pack(title="versie 0", audiences=["city:zwolle"],
            items=[Item(ref=r, context="x" * 20_000) for r in refs])
print("ready", flush=True)
version = 0
while True:
    version += 1
    pack.title = f"versie {version}"
    save_pack(pack, path)
