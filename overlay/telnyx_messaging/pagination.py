"""The official SDK's page class names for these operations (`telnyx.pagination`), on ours.

Every list of the 44 operations pages by page[number] / page[size] (the official
"DefaultFlatPagination"): SyncDefaultFlatPagination is our SyncPage, AsyncDefaultFlatPagination
our AsyncPage. Not imported by `import telnyx_messaging`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._pagination import AsyncPage, AsyncPaginator, BasePage, PageInfo, SyncPage

if TYPE_CHECKING:
    from telnyx_messaging_api._page_meta import PageMeta as DefaultFlatPaginationMeta

SyncDefaultFlatPagination = SyncPage
AsyncDefaultFlatPagination = AsyncPage

__all__ = [
    "AsyncDefaultFlatPagination",
    "AsyncPaginator",
    "BasePage",
    "DefaultFlatPaginationMeta",
    "PageInfo",
    "SyncDefaultFlatPagination",
]


def __getattr__(name: str) -> Any:
    if name == "DefaultFlatPaginationMeta":  # a generated model: loads with the generated package
        from ._operation import load  # noqa: PLC0415
        from ._pagination import META_MODEL  # noqa: PLC0415

        return load(META_MODEL)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
