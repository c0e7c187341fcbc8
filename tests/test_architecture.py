"""The apps depend one way: cms <- members <- content apps <- search, home.

The contract is import-linter's (``[tool.importlinter]`` in ``pyproject.toml``),
checked on every import, lazy ones inside functions included. An app below
announces (signals, hooks, registries) and the apps above answer.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lint_imports(*args):
    return subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_no_app_imports_one_above_or_beside_it():
    result = lint_imports("--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Apps depend downward KEPT" in result.stdout


def test_the_contract_names_every_app(settings):
    """A new app cannot slip past the contract: every local app sits in a layer."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    layered = {
        app.strip()
        for layer in config["contracts"][0]["layers"]
        for app in layer.replace(":", "|").split("|")
    }
    local = {
        app.split(".")[0] for app in settings.INSTALLED_APPS if (ROOT / app.split(".")[0]).is_dir()
    }
    assert local == layered == set(config["root_packages"])
