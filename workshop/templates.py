"""Session templates: common co-design methods as data files in resources/templates."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache

from workshop import bundled
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
    # The same template in other languages, by ISO 639-1 code: ("cy", Template(...)).
    translations: tuple[tuple[str, Template], ...] = ()

    def in_language(self, code: str) -> Template:
        """This template in language `code` ("cy"); itself where that language is not shipped."""
        return next((t for language, t in self.translations if language == code), self)


def _translated(template: Template, words: dict[str, object]) -> Template:
    """The template with a language's name, description, prompts and stage names.

    Stage kinds and minutes stay the template's own; a list of the wrong length is a defect
    in the shipped file, refused loudly rather than shown half in English.
    """
    columns = tuple(str(c) for c in words["columns"])  # type: ignore[attr-defined]
    stage_names = [str(s) for s in words["stages"]]  # type: ignore[attr-defined]
    if len(columns) != len(template.columns) or len(stage_names) != len(template.stages):
        raise ValueError(f"Template {template.id}: a translation lists the wrong number of items")
    return replace(
        template,
        name=str(words["name"]),
        description=str(words["description"]),
        columns=columns,
        stages=tuple(
            (name, kind, minutes)
            for name, (_, kind, minutes) in zip(stage_names, template.stages, strict=True)
        ),
    )


@cache
def all_templates() -> tuple[Template, ...]:
    """Every template shipped in resources/templates, in the order of their files' names."""
    folder = bundled.entry("templates")
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        template = Template(
            id=data["id"],
            name=data["name"],
            description=data["description"],
            design_stage=data.get("design_stage", "discover"),
            columns=tuple(data["columns"]),
            stages=tuple(
                (stage["name"], stage["kind"], int(stage["minutes"])) for stage in data["stages"]
            ),
        )
        # Any two-letter key holding the template's words is that language's version.
        languages = tuple(
            (code, _translated(template, words))
            for code, words in data.items()
            if len(code) == 2 and isinstance(words, dict)
        )
        found.append(replace(template, translations=languages))
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
