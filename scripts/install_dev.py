#!/usr/bin/env python3
"""Install what the test suite needs into the running interpreter's environment:
this project with its ``testing`` and ``spark`` extras, and every outlet
plugin under ``plugins/``, all editable.

usage: python scripts/install_dev.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    targets = ["-e", f"{ROOT}[testing,spark]"]
    for plugin in sorted((ROOT / "plugins").glob("attribution-*")):
        if (plugin / "pyproject.toml").is_file():
            targets += ["-e", str(plugin)]
    return subprocess.call([sys.executable, "-m", "pip", "install", "-q", *targets])


if __name__ == "__main__":
    sys.exit(main())
