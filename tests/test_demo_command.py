"""`kiosk demo` headless: starts the agency, talks to it, renders the tour and exits 0."""

import json
import os
import subprocess
import sys
from pathlib import Path


def test_headless_demo_renders_the_tour_and_exits_cleanly(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk.cli",
            "demo",
            "--data-dir",
            str(tmp_path / "demo"),
            "--tour",
            str(tmp_path / "tour"),
            # The whole tour is tests/screens/test_tour.py's; here, that the demo gets there.
            "--only",
            "idle,home,status,eligibility",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "signed heartbeat accepted" in result.stdout
    assert "eligible, 18 months" in result.stdout
    index = json.loads((tmp_path / "tour" / "index.json").read_text("utf-8"))
    files = [entry["file"] for entry in index["screens"]]
    assert {"zh_CN", "ko"} <= {entry["lang"] for entry in index["screens"]}
    pictured = {f.split("-")[0] for f in files}
    assert {"idle", "home", "status", "eligibility"} <= pictured and "appointment" not in pictured
    assert all((tmp_path / "tour" / f).stat().st_size > 10_000 for f in files)
    # The server it started is gone: nothing keeps listening after the demo exits.
    assert "Traceback" not in result.stderr
