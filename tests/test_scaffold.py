"""`attribution new-plugin` writes a plugin that passes its own tests as generated."""

import os
import subprocess
import sys
import tomllib

from attribution.cli import main


def test_generated_plugin_passes_its_own_tests(tmp_path, capsys):
    assert main(["new-plugin", "daily-planet", "--output-dir", str(tmp_path)]) == 0
    root = tmp_path / "attribution-daily-planet"
    assert capsys.readouterr().out.strip() == str(root)
    meta = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["entry-points"]["attribution"] == {"daily-planet": "attribution_daily_planet"}
    for name in ("README.md", "examples.md", "src/attribution_daily_planet/__init__.py"):
        assert (root / name).is_file()
    env = dict(os.environ, PYTHONPATH=str(root / "src"))
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(root / "tests")],
                         cwd=root, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-2000:]
    assert " passed" in run.stdout


def test_bad_names_and_existing_folders_are_refused(tmp_path, capsys):
    assert main(["new-plugin", "Daily Planet", "--output-dir", str(tmp_path)]) == 2
    assert "lower-case" in capsys.readouterr().err
    (tmp_path / "attribution-x1").mkdir()
    assert main(["new-plugin", "x1", "--output-dir", str(tmp_path)]) == 2
    assert "already exists" in capsys.readouterr().err
