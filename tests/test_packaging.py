"""A regular (non-editable) install ships prompts and schemas inside `summarizer`, and puts no
top-level `prompts` or `schemas` package into site-packages."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_prompts_and_schemas_inside_the_package(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("summarizer-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "summarizer/prompts/system.jinja" in names and "summarizer/prompts/user.jinja" in names
    assert "summarizer/schemas/brief.py" in names and "summarizer/schemas/draft.py" in names
    for package in (ROOT / "summarizer").rglob("__init__.py"):  # every subpackage, however it was added
        assert package.relative_to(ROOT).as_posix() in names
    top_level = {name.split("/")[0] for name in names if not name.startswith("summarizer-")}
    assert top_level == {"summarizer"}

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    probe = (
        "import summarizer, summarizer.drafting.prompts as p;"
        "m = p.build_messages('Body.', ['Ana Ruiz'], ['3.5%']);"
        "print(summarizer.__file__); print(m[1]['content'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    )
    installed_at, _, prompt = result.stdout.partition("\n")
    assert installed_at.startswith(str(target))
    assert "Body." in prompt and "Ana Ruiz" in prompt
