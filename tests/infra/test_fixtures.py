"""The fixtures fail loudly: tested through an inner pytest session (pytester)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import prism as prism_support

# The hypothesis plugin adds ~1.5 s to every session start; the inner sessions do not need it.
INNER_ARGS = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")

CONFTEST = """
pytest_plugins = ("tests.support.fault_server", "tests.support.prism")
"""


def test_fault_server_fixture_surfaces_server_side_errors(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(
        """
        import httpx
        from tests.support import faults

        def broken(request):
            raise ZeroDivisionError("bug inside a behaviour")

        def test_it(fault_server):
            fault_server.script(faults.respond_with(broken))
            try:
                httpx.get(fault_server.url)
            except httpx.RemoteProtocolError:
                pass
        """
    )
    result = pytester.runpytest_inprocess(*INNER_ARGS)
    result.assert_outcomes(passed=1, errors=1)  # the test body passed; its teardown failed
    result.stdout.fnmatch_lines(["*errors inside the fault server*", "*ZeroDivisionError: bug inside a behaviour*"])


def test_fault_server_fixture_passes_quietly(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(
        """
        import httpx

        def test_it(fault_server):
            assert httpx.get(fault_server.url).status_code == 200
        """
    )
    pytester.runpytest_inprocess(*INNER_ARGS).assert_outcomes(passed=1)


def test_prism_fixture_fails_without_node_modules(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The inner session runs in this process and shares the module: patch it here, restored after.
    monkeypatch.setattr(prism_support, "PRISM_BIN", tmp_path / "node_modules" / ".bin" / "prism")
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(
        """
        def test_it(prism):
            pass
        """
    )
    result = pytester.runpytest_inprocess(*INNER_ARGS)
    result.assert_outcomes(errors=1)  # an error, never a skip
    result.stdout.fnmatch_lines(["*run `make setup` (npm ci)*"])
