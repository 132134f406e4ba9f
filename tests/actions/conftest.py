"""Fixtures for action tests: services on a fixed clock over a small two-session workshop."""

from __future__ import annotations

import pytest

from tests.actions.world import ActionsWorld, build_world, fixed_clock
from workshop.services import Services
from workshop.storage import Database


@pytest.fixture
def fixed_services(database: Database) -> Services:
    """Services whose clock says it is 20 January 2027, so 'overdue' is stable."""
    return Services(database, clock=fixed_clock)


@pytest.fixture
def world(fixed_services: Services) -> ActionsWorld:
    return build_world(fixed_services)
