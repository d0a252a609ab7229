"""services/ keeps policy only: no module imports the driver or runs a PRAGMA (issue 12,
item 5). Those live in store/ (store/sqlcipher.py), where a second backend can sit beside."""

from __future__ import annotations

import re
from pathlib import Path

import clientmanager.services

SERVICES = Path(clientmanager.services.__file__).parent
FORBIDDEN = re.compile(r"sqlcipher3|PRAGMA")


def test_no_service_imports_sqlcipher3_or_runs_a_pragma():
    hits = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(SERVICES.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if FORBIDDEN.search(line)
    ]
    assert hits == []


def test_the_check_itself_finds_a_hit(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text('connection.execute("PRAGMA integrity_check")\nimport sqlcipher3\n')
    lines = sample.read_text().splitlines()
    assert [bool(FORBIDDEN.search(line)) for line in lines] == [True, True]
