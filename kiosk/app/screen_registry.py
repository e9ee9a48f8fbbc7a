"""Which screens exist and which View type each one shows.

`screens.registry` (built alongside the claimant screens) is the source; while it does not exist
yet, the idle screen alone is registered, and the router logs any view it cannot show.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from kiosk.flow.view_models import IdleView
from screens.base import Screen


def build_registry() -> tuple[dict[str, Screen], Mapping[type, str]]:
    try:
        registry = importlib.import_module("screens.registry")
    except ModuleNotFoundError as error:
        if error.name != "screens.registry":
            raise
        from screens.idle import IdleScreen

        return {"idle": IdleScreen()}, {IdleView: "idle"}
    screens: dict[str, Screen] = registry.build_screens()
    mapping: Mapping[type, str] = registry.SCREEN_FOR_VIEW
    return screens, mapping
