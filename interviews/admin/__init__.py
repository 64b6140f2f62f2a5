"""The editorial admin: one module per concern, registered on import."""

from . import content, interviews, people  # noqa: F401
