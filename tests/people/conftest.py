"""Fixtures for people's rights: the consent matrix and a person with a full history."""

from __future__ import annotations

import pytest

from tests.people import consent_matrix
from workshop.services import Services


@pytest.fixture
def matrix(services: Services) -> consent_matrix.ConsentMatrix:
    return consent_matrix.build(services)
