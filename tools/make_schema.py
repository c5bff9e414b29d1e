"""Write docs/pack.schema.json from the Pack model. Run after changing g40desk/core/pack/model.py."""

import json
from pathlib import Path

from g40desk.core.pack.model import Pack

OUT = Path(__file__).resolve().parent.parent / "docs" / "pack.schema.json"
OUT.write_text(json.dumps(Pack.model_json_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(OUT)
