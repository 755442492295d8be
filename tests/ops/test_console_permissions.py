"""The console names every permission the backend has: its role editor offers exactly those."""

import re
from pathlib import Path

from backend.permissions import Permission

CONSOLE = Path(__file__).resolve().parents[2] / "frontend" / "src" / "app" / "permissions.ts"


def test_the_console_knows_every_permission():
    source = CONSOLE.read_text(encoding="utf-8")
    block = source[source.index("export const Permission = {"):source.index("} as const;")]
    named = set(re.findall(r":\s*'([a-z_]+\.[a-z_]+)'", block))
    assert named == {p.value for p in Permission}
