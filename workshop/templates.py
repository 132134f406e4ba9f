"""Session templates: common co-design methods as data files in resources/templates."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from workshop.errors import NotFoundError
from workshop.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    description: str
    design_stage: str
    columns: tuple[str, ...]
    stages: tuple[tuple[str, str, int], ...]


@cache
def all_templates() -> tuple[Template, ...]:
    """Every template shipped in resources/templates, in the order of their files' names."""
    folder = resources.files("resources") / "templates"
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        found.append(
            Template(
                id=data["id"],
                name=data["name"],
                description=data["description"],
                design_stage=data.get("design_stage", "discover"),
                columns=tuple(data["columns"]),
                stages=tuple(
                    (stage["name"], stage["kind"], int(stage["minutes"]))
                    for stage in data["stages"]
                ),
            )
        )
    return tuple(found)


def get(template_id: str) -> Template:
    for template in all_templates():
        if template.id == template_id:
            return template
    names = ", ".join(t.id for t in all_templates())
    raise NotFoundError.of(
        QT_TRANSLATE_NOOP("Refusal", "There is no template {id}; choose one of: {names}."),
        id=repr(template_id),
        names=names,
    )
