#!/usr/bin/env python3
"""Convert LKjIP workbooks into the report workbook and the Word draft.

Usage: ``python convert.py [BERKAS_ATAU_FOLDER ...] [--output FOLDER]``
(``python convert.py --help`` lists every option). Double-clicking this file
works too: it sets itself up on first use. Nothing heavy is imported here, so
``--help`` and error messages appear at once.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bootstrap import ensure_environment  # noqa: E402  (standard library only)

if __name__ == "__main__":
    ensure_environment()
    from lkj_excel.cli import run

    raise SystemExit(run(sys.argv[1:]))
