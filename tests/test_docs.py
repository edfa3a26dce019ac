"""The docs name the constants and functions they describe, so that drift is visible.

`docs/*.md` and `README.md` write a threshold as `NAME = value` (the test checks the value
against the code), a constant or vocabulary as `NAME` (it must exist in `pipeline/`), and a
function as `module.name` (the module must define it).
"""

from __future__ import annotations

import ast
import importlib
import operator
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import pipeline
import pipeline.entities

ROOT = Path(__file__).resolve().parents[1]
DOCS = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]

STATED_VALUE = re.compile(r"`([A-Z][A-Z0-9_]+) = ([^`]+)`")
BARE_CONSTANT = re.compile(r"`([A-Z][A-Z0-9_]{2,})`")
QUALIFIED_NAME = re.compile(r"`([a-z_]+)\.([A-Za-z_][A-Za-z0-9_]*)`")

# Upper-case words in backticks that are not our constants: entity labels, CLI metavars,
# environment variables and operating-system names.
NOT_OUR_CONSTANTS = frozenset(
    [
        "COUNTRY",
        "EMAIL",
        "ORG",
        "PERSON",
        "PHONE",
        "URL",
        "INPUT",
        "INPUT_DIR",
        "OUTPUT_DIR",
        "OLD",
        "NEW",
        "OWNER",
        "PATH",
        "NO_COLOR",
        "NOMINATIONS_PACKAGE",
        "SITE_DIR",
        "TESSDATA_PREFIX",
        "OPENBLAS_NUM_THREADS",
        "RLIMIT_AS",
        "RLIMIT_DATA",
        "RLIMIT_RSS",
        "SIGALRM",
    ]
)
# `module.name` references to something other than a pipeline function or constant.
# (`corrections.stale` is a field of an output's corrections block, not of the package.)
NOT_OUR_NAMES = frozenset(
    {
        ("nlp", "pipe"),
        ("corrections", "sha256"),
        ("corrections", "stale"),
        ("corrections", "applied"),
    }
)
FILE_SUFFIXES = frozenset({"py", "json", "csv", "xlsx", "pdf", "md", "tsv", "html", "css", "js"})


def pipeline_modules() -> dict[str, ModuleType]:
    """Every module of the package by its short name (`extract`, `listed`, ...)."""
    modules: dict[str, ModuleType] = {}
    for package in (pipeline, pipeline.entities):
        for info in pkgutil.iter_modules(package.__path__):
            if info.name in ("__main__",):
                continue
            name = f"{package.__name__}.{info.name}"
            modules.setdefault(info.name, importlib.import_module(name))
    return modules


MODULES = pipeline_modules()


def constant_values(name: str) -> list[Any]:
    return [vars(module)[name] for module in MODULES.values() if name in vars(module)]


ARITHMETIC: dict[type, Callable[[Any, Any], Any]] = {
    ast.Mult: operator.mul,
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}


def evaluate(expression: str) -> Any:
    """A number or string literal, or arithmetic on numbers (`64 * 1024 * 1024`)."""

    def value(node: ast.expr) -> Any:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in ARITHMETIC:
            return ARITHMETIC[type(node.op)](value(node.left), value(node.right))
        raise ValueError(f"not a literal: {expression!r}")

    return value(ast.parse(expression, mode="eval").body)


def doc_matches(pattern: re.Pattern[str]) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (doc.name, match.groups())
        for doc in DOCS
        for match in pattern.finditer(doc.read_text(encoding="utf-8"))
    ]


STATED = doc_matches(STATED_VALUE)


def test_docs_state_some_thresholds() -> None:
    # The decisions record states the extract stage's thresholds this way.
    assert len(STATED) >= 8


@pytest.mark.parametrize(("doc", "stated"), STATED, ids=[s[0] for _, s in STATED])
def test_a_stated_value_is_the_codes_value(doc: str, stated: tuple[str, str]) -> None:
    name, expression = stated
    values = constant_values(name)
    assert values, f"{doc} names `{name}`, which no module of pipeline/ defines"
    assert evaluate(expression) in values, f"{doc} says {name} = {expression}; code: {values}"


def test_every_named_constant_exists() -> None:
    missing = sorted(
        {
            f"{doc}: {name}"
            for doc, (name,) in doc_matches(BARE_CONSTANT)
            if name not in NOT_OUR_CONSTANTS and not constant_values(name)
        }
    )
    assert not missing, "the docs name constants the code no longer has:\n" + "\n".join(missing)


def test_every_named_function_exists() -> None:
    missing = sorted(
        {
            f"{doc}: {module}.{name}"
            for doc, (module, name) in doc_matches(QUALIFIED_NAME)
            if module in MODULES
            and name not in FILE_SUFFIXES
            and (module, name) not in NOT_OUR_NAMES
            and not hasattr(MODULES[module], name)
        }
    )
    assert not missing, "the docs name functions the code no longer has:\n" + "\n".join(missing)


def test_a_drifted_value_is_caught() -> None:
    # The check itself: a value the code does not have is not found among the values.
    assert evaluate("1.3") not in constant_values("COLUMN_GAP_EMS")
    assert evaluate("64 * 1024 * 1024") == 67108864
