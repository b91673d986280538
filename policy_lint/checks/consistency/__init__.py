"""Family 4: consistency within a city (大体一致). ``ConsistencyCheck`` is their shared base."""

from ._common import ConsistencyCheck  # noqa: F401
