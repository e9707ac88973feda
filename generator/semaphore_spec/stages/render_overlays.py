"""Stage 2 — render overlays: turn `overlays/*.yaml.j2` templates into Overlay documents.

Each template is rendered with the surface's registry entry as `surface` (strict: an
undefined variable is an error naming the template and line), then parsed as YAML.
`overlays/*.yaml.j2` make the published spec; `overlays/codegen/<target>.yaml.j2` are
applied only on the way to a code generator.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jinja2

from ..errors import OverlayError
from ..fixtures import Fixture, Router
from ..input_folders import confine
from ..registry import Surface
from ..yamlio import parse_yaml
from .request_examples import quote, request_examples, resolve

OVERLAY_DIR = "overlays"
CODEGEN_DIR = "overlays/codegen"

Overlay = tuple[str, dict[str, Any]]  # (file for error messages, overlay document)


def _environment(root: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(root)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # YAML, not HTML
    )
    # JSON is YAML: `{{ value | tojson }}` embeds any value safely on one line.
    env.policies["json.dumps_function"] = lambda obj, **kw: json.dumps(obj, ensure_ascii=False)
    return env


def _template_line(exc: BaseException, name: str) -> int | None:
    """Line of the template frame in a jinja traceback (jinja rewrites it to the source)."""
    line = getattr(exc, "lineno", None)
    if line is not None:
        return int(line)
    tb = exc.__traceback__
    found = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(name):
            found = tb.tb_lineno
        tb = tb.tb_next
    return found


def render_template(root: Path, relpath: str, context: dict[str, Any]) -> Overlay:
    """Render one overlay template and parse it; errors name the template and line."""
    env = _environment(root)
    try:
        text = env.get_template(relpath).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise OverlayError(
            f"template syntax: {exc.message}", file=relpath, line=exc.lineno
        ) from None
    except jinja2.UndefinedError as exc:
        raise OverlayError(
            f"undefined template variable: {exc.message}",
            file=relpath,
            line=_template_line(exc, relpath),
        ) from None
    data, _ = parse_yaml(text, file=f"{relpath} (rendered)")
    if not isinstance(data, dict):
        raise OverlayError("a rendered overlay must be a mapping", file=relpath, line=1)
    return relpath, data


def template_paths(root: Path, directory: str) -> list[str]:
    """The `*.yaml.j2` templates of `directory`, in name order (that is the apply order)."""
    found = []
    for path in sorted((root / directory).glob("*.yaml.j2")):
        rel = str(path.relative_to(root))
        confine(root, path, display=rel)  # jinja follows symlinks; we must not
        if path.is_file():
            found.append(rel)
    return found


def render_overlays(root: Path, surface: Surface, directory: str = OVERLAY_DIR) -> list[Overlay]:
    """Render every overlay template of `directory` for `surface`."""
    context = {"surface": surface.template_context()}
    return [render_template(root, rel, context) for rel in template_paths(root, directory)]


def examples_overlay(document: dict[str, Any], fixtures: list[Fixture], router: Router) -> Overlay:
    """An Overlay that adds every fixture's request and response as a named example.

    The request of every accepted (2xx) exchange gives examples to the operation's path
    and query parameters and its request body (request_examples.py, which also says
    which shared values are left out). Responses whose
    status or media type the operation does not declare add nothing here; the
    conformance tests report them.
    """
    grouped: dict[str, dict[str, Any]] = {}

    def add(target: str, name: str, summary: str, value: Any) -> None:
        examples = grouped.setdefault(target, {})
        if any(ex["value"] == value for ex in examples.values()):
            return  # the same body seen from another operation (shared components)
        examples[name] = {"summary": summary, "value": value} if summary else {"value": value}

    request_examples(document, fixtures, router, add)
    for fixture in fixtures:
        op = router.route(fixture)
        op_path = f"$.paths{quote(op.path)}{quote(op.method)}"
        name = f"{op.operation_id}-{fixture.name}"
        response = (op.spec.get("responses") or {}).get(str(fixture.status))
        media = fixture.content_type
        if not isinstance(response, dict) or media is None:
            continue
        base = f"{op_path}['responses']{quote(str(fixture.status))}"
        target, resolved = resolve(document, base, response)
        if media not in (resolved.get("content") or {}):
            continue
        value = (
            fixture.response["body"] if "body" in fixture.response else fixture.response.get("text")
        )
        add(f"{target}['content']{quote(media)}", name, fixture.summary, value)

    actions = [
        {
            "target": target,
            "x-reason": "examples from the recorded fixtures",
            "update": {"examples": examples},
        }
        for target, examples in grouped.items()
    ]
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "Examples from tests/fixtures", "version": "1.0.0"},
        "actions": actions,
    }
    return "tests/fixtures (examples)", overlay
