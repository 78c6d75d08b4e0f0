"""The pytest plugin, as a user's test suite sees it (an inner pytest session via pytester)."""

from __future__ import annotations

import pytest


def test_fixtures_are_registered_and_reset_per_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        def test_first(telnyx_client, telnyx_fake):
            telnyx_client.messages.send(to="+13125550001", from_="+18005550101", text="one")
            assert [m["text"] for m in telnyx_fake.messages] == ["one"]
            assert [r.path for r in telnyx_fake.requests] == ["/messages"]

        def test_second_starts_empty(telnyx_fake):
            assert telnyx_fake.messages == [] and telnyx_fake.requests == []

        @pytest.mark.anyio
        async def test_async(async_telnyx_client, telnyx_fake):
            sent = await async_telnyx_client.messages.send(to="+13125550001", from_="+18005550101", text="a")
            assert telnyx_fake.messages[0]["id"] == str(sent.data.id)

        @pytest.fixture
        def anyio_backend():
            return "asyncio"
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:randomly", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)
