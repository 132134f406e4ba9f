"""Imports every table module so Base.metadata is complete wherever it is used."""

from models import actions, board, feedback, glossary, involvement, people  # noqa: F401
from models.base import Base

metadata = Base.metadata
