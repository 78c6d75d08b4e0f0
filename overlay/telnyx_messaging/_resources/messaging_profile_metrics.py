# Derived by openapi/tools/derive_surface.py from the cut Telnyx OpenAPI spec and
# openapi/naming.yml. DO NOT EDIT: regenerate with `make generate`.
"""`client.messaging_profile_metrics`: list.

Each method hands its arguments to the client, which validates, sends, retries and parses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Unpack

from .._operation import bind
from .._types import UNSET, RequestOptions, Unset
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from telnyx_messaging_api.models.profile_metrics_high_level import ProfileMetricsHighLevel

    from .._pagination import AsyncPaginator, SyncPage


_LIST = bind("GetProfileMetrics", "messaging_profile_metrics.list")


class MessagingProfileMetrics(SyncResource):
    def list(
        self,
        *,
        time_frame: Literal["1h", "3h", "24h", "3d", "7d", "30d"] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ProfileMetricsHighLevel]:
        """List high-level messaging profile metrics.

        List high-level metrics for all messaging profiles belonging to the authenticated user.

        `GET /messaging_profile_metrics`
        """
        return self._client._list(_LIST, query={"time_frame": time_frame}, options=options)


class AsyncMessagingProfileMetrics(AsyncResource):
    def list(
        self,
        *,
        time_frame: Literal["1h", "3h", "24h", "3d", "7d", "30d"] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ProfileMetricsHighLevel]:
        """List high-level messaging profile metrics.

        List high-level metrics for all messaging profiles belonging to the authenticated user.

        `GET /messaging_profile_metrics`
        """
        return self._client._list(_LIST, query={"time_frame": time_frame}, options=options)
