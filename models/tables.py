"""Imports every table module so Base.metadata is complete wherever it is used."""

from models import (  # noqa: F401
    actions,
    board,
    easy_read,
    feedback,
    glossary,
    involvement,
    people,
)
from models.base import Base

metadata = Base.metadata
