#!/usr/bin/env python3
"""Run the whole test suite: ``python run_tests.py [pytest options]``.

Sets itself up on first use, like convert.py. Tests that need LibreOffice are
skipped, with the reason, where it is not installed.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from bootstrap import ensure_environment  # noqa: E402  (standard library only)

if __name__ == "__main__":
    ensure_environment(test=True)
    import pytest

    args = sys.argv[1:]
    # Run the whole suite unless the arguments name tests (a file, folder or node id).
    chosen = any(not a.startswith("-") and Path(a.split("::")[0]).exists() for a in args)
    raise SystemExit(pytest.main(["-q", "-ra", *([] if chosen else [str(ROOT / "tests")]), *args]))
