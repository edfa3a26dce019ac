"""The JSON Schema of catalogue.json (schemas/catalogue.schema.json), generated from the
catalogue models. `python -m pipeline.catalogue.schema` writes it; `--check` exits 1 when
the committed file is not what the models say (tests/test_catalogue.py checks it too)."""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from pipeline.catalogue.model import CATALOGUE_VERSION, Catalogue
from pipeline.write_schema import SCHEMA_DIALECT, default_schema_path, render_schema

SCHEMA_FILE_NAME = "catalogue.schema.json"
SCHEMA_ID = f"urn:nominations:schema:catalogue:{CATALOGUE_VERSION}"


def catalogue_schema_path() -> Path:
    return default_schema_path().with_name(SCHEMA_FILE_NAME)


def build_catalogue_schema() -> dict[str, Any]:
    schema = Catalogue.model_json_schema()
    schema["$schema"] = SCHEMA_DIALECT
    schema["$id"] = SCHEMA_ID
    schema["title"] = "Nomination catalogue"
    return schema


@cache
def catalogue_validator() -> Draft202012Validator:
    """The committed schema (the models' own where no schemas/ folder is installed)."""
    path = catalogue_schema_path()
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        schema = build_catalogue_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def main(argv: list[str]) -> int:
    path = catalogue_schema_path()
    current = render_schema(build_catalogue_schema())
    if "--check" in argv:
        if path.is_file() and path.read_text(encoding="utf-8") == current:
            return 0
        print(f"{path} differs from the models: run python -m pipeline.catalogue.schema")
        return 1
    path.write_text(current, encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
