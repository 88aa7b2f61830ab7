"""The patterns the modules compile at import are the same in every run: an alternation built
from a set of words lists them in an order of their own (longest first, then alphabetical), not
in the set's, which the hash seed of the run decides."""

import os
import subprocess
import sys
from pathlib import Path

import attribution

# prints every module-level pattern (and every string a pattern is built from) of the package
_DUMP = """
import importlib, pkgutil, re, regex, attribution
for m in pkgutil.walk_packages(attribution.__path__, "attribution."):
    if m.name.endswith("__main__") or ".testing" in m.name:
        continue
    mod = importlib.import_module(m.name)
    for k, v in sorted(vars(mod).items()):
        if isinstance(v, (regex.Pattern, re.Pattern)):
            print(m.name, k, v.pattern)
        elif isinstance(v, str) and len(v) > 20:
            print(m.name, k, v)
"""


def _dump(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed,
           "PYTHONPATH": str(Path(attribution.__file__).resolve().parents[1])}
    return subprocess.run([sys.executable, "-c", _DUMP], capture_output=True, text=True, check=True, env=env).stdout


def test_the_compiled_patterns_do_not_depend_on_the_hash_seed():
    first, second = _dump("1"), _dump("2")
    assert first.count("\n") > 1000  # (every module read)
    assert first == second
