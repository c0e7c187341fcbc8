"""French and German translations of part of the demo sourcebook (used by seed_demo).

``TRANSLATIONS`` maps a language code to its data; a language whose data
module is missing (or not yet finished) is simply left out.
"""

from __future__ import annotations

from importlib import import_module

TRANSLATIONS: dict[str, dict] = {}
MISSING: list[str] = []

for _code in ("fr", "de"):
    try:
        _module = import_module(f"{__package__}.demo_translations_{_code}")
    except ModuleNotFoundError as error:
        if error.name != f"{__package__}.demo_translations_{_code}":
            raise
        MISSING.append(_code)
    else:
        TRANSLATIONS[_code] = getattr(_module, _code.upper())
