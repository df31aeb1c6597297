"""A test run leaves nothing behind in the system's temp folder (issue 20): the apps' search
index folders, the instance folder and the template cache are removed, and pytest keeps none
of its tmp_path folders (pyproject.toml)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.live_server import ROOT

SAMPLE = [  # an app with its index and a reindex, and two xdist workers
    "tests/search/test_backends.py::test_found_and_not_found",
    "tests/search/test_backends.py::test_replace_swaps_the_whole_index",
    "tests/test_hygiene.py::test_nothing_to_see",
]


def test_nothing_to_see(tmp_path):
    (tmp_path / "scratch.txt").write_text("a test's own folder, gone after a pass")


def test_a_run_leaves_nothing_in_the_temp_folder(tmp_path):
    if os.environ.get("FIELDWISE_HYGIENE_INNER"):
        return  # the run below runs this file too: not again inside it
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("TEST_", "FIELDWISE_REQUIRE", "PYTEST_"))}
    env.update(TMPDIR=str(temp), FIELDWISE_ENV="testing", FIELDWISE_HYGIENE_INNER="1")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2", *SAMPLE],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    left = sorted(str(path.relative_to(temp)) for path in temp.rglob("*"))
    assert all(name.startswith("pytest-of-") and "/" not in name for name in left), left
