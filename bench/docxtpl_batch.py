"""The batch row's baseline, run as one process by bench/run.py: docxtpl writing a note for every
audience of a pack, one after another in one process, each written atomically as g40desk writes.

    python bench/docxtpl_batch.py PACK OUT TEMPLATE
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    pack_path, out, template = map(Path, argv)
    from bench.baselines import docxtpl_context, docxtpl_note
    from g40desk.core.agenda.catalogue import load_catalogue
    from g40desk.core.audience.store import load_audiences
    from g40desk.core.note.briefing import build_briefing
    from g40desk.core.pack.storage import load_pack

    catalogue, audiences = load_catalogue(), load_audiences()
    pack = load_pack(pack_path, catalogue, audiences)
    out.mkdir(parents=True, exist_ok=True)
    for audience_id in pack.audiences:
        context = docxtpl_context(build_briefing(pack, catalogue, audiences, audience_id))
        docxtpl_note(template, context, out / f"{audience_id.split(':')[1]}.docx")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
