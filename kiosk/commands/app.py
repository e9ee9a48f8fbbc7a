"""`kiosk run` (production) and `kiosk demo` (reference server and simulators on this machine)."""

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from config import Settings
from config.logs import configure_logging
from config.paths import default_data_dir

if TYPE_CHECKING:
    from kiosk.demo.environment import DemoEnvironment


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    run = subparsers.add_parser(
        "run", help="start the kiosk app against the configured agency server"
    )
    run.add_argument(
        "--home-visit",
        action="store_true",
        help="a field visitor's laptop: a field-staff login opens it (docs/field-staff.md)",
    )
    run.set_defaults(handler=cmd_run)
    demo = subparsers.add_parser(
        "demo", help="start a reference server and the kiosk; headless, walk the scripted tour"
    )
    demo.add_argument(
        "--tour", type=Path, metavar="DIR", help="render every screen to PNG in DIR and exit"
    )
    demo.add_argument(
        "--only",
        metavar="SLUGS",
        help="with --tour: picture only these states, comma-separated (e.g. idle,home,status)",
    )
    demo.add_argument(
        "--data-dir", type=Path, help="where the demo keeps its files (default: user data dir/demo)"
    )
    demo.set_defaults(handler=cmd_demo)


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and (
        os.environ.get("QT_QPA_PLATFORM") != "offscreen"
    )


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.app.main import load_kiosk_secrets, run_app  # Qt loads only with a window

    log_dir = Path(settings.logging.dir) if settings.logging.dir else default_data_dir() / "logs"
    configure_logging(
        log_dir,
        level=settings.logging.level,
        max_bytes=settings.logging.max_bytes,
        backups=settings.logging.backups,
    )
    return run_app(
        settings,
        load_kiosk_secrets(args.config_path),
        config_path=args.config_path,
        home_visit=args.home_visit,
    )


def cmd_demo(args: argparse.Namespace, _settings: Settings) -> int:
    from kiosk.demo.environment import DemoEnvironment

    root = args.data_dir or default_data_dir() / "demo"
    headless = args.tour is not None or not has_display()
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    env = DemoEnvironment(root, simulators=not headless)
    print(f"demo: starting the reference agency server ({root})", flush=True)
    with env:
        for line in env.notes:
            print(f"demo: {line}", flush=True)
        settings = env.settings()
        configure_logging(Path(settings.logging.dir or root / "logs"), console=False)
        print(f"demo: agency API at {env.url}  (OpenAPI: {env.url}/docs)", flush=True)
        from kiosk.demo.checks import smoke_check

        for line in smoke_check(settings, env.secrets()):
            print(f"demo: {line}", flush=True)
        if headless:
            from kiosk.tour import render_tour

            out = (args.tour or Path("out/tour")).resolve()
            only = frozenset(filter(None, (args.only or "").split(","))) or None
            entries = render_tour(out, only=only)
            print(
                f"demo: no display, so the scripted tour ran offscreen: {len(entries)} pictures in {out}"
            )
            print(f"demo: index of pictures: {out / 'index.json'}")
            return 0
        return _run_demo_window(env, settings)


def _run_demo_window(env: "DemoEnvironment", settings: Settings) -> int:
    """The kiosk window and, beside it, the presenter's control panel."""
    from kiosk.app.main import KioskApp, run_app  # Qt loads only for commands with a window
    from kiosk.demo.control_panel import ControlPanel

    panels: list[ControlPanel] = []

    def open_panel(_kiosk: KioskApp) -> None:
        if env.devices is not None:
            panel = ControlPanel(env.devices)
            panel.show()
            panels.append(panel)

    try:
        return run_app(settings, env.secrets(), on_started=open_panel, config_path=env.config_path)
    finally:
        for panel in panels:
            panel.shutdown()
