"""The parsing core imports only the standard library and nltk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_parsing_does_not_load_storage_or_faces() -> None:
    code = (
        "import json, sys; import factcheck.parsing, factcheck.parsing.quotes; "
        "print(json.dumps(sorted(m for m in sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT)},
    )
    loaded = set(json.loads(out.stdout))
    for banned in ("sqlmodel", "sqlalchemy", "streamlit", "click", "typer", "pandas"):
        assert not any(m == banned or m.startswith(banned + ".") for m in loaded), banned


def test_parsing_never_downloads() -> None:
    """No module of the parsing core calls nltk's downloader or its data-hungry helpers."""
    banned = ("nltk.download", "sent_tokenize(", "pos_tag(", "ne_chunk(", "word_tokenize(")
    for path in (ROOT / "factcheck" / "parsing").glob("*.py"):
        source = path.read_text("utf-8")
        for word in banned:
            assert word not in source, f"{path.name} uses {word}"
