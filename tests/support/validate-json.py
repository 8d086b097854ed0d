#!/usr/bin/env python3
"""Validates JSON documents against one of PurgeDesk's JSON Schemas (resources/schemas/).

Usage: validate-json.py SCHEMA_DIR SCHEMA_FILE DOCUMENT...

Every *.schema.json in SCHEMA_DIR is checked against its metaschema and made available to the
others' "$ref"s by its "$id". Each DOCUMENT (a file, or - for standard input) is validated against
SCHEMA_FILE. Exit status: 0 all valid; 1 a document is invalid (each error printed with its path);
2 a usage error, an unreadable file, a schema that is itself invalid, or jsonschema missing
(Debian: python3-jsonschema; installers/dev/deps.sh --tests installs it).
"""
import json
import sys
from pathlib import Path

try:
    import jsonschema
except ImportError:
    print("validate-json: the Python module jsonschema is missing (Debian: python3-jsonschema)", file=sys.stderr)
    sys.exit(2)


def load(path):
    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    return json.loads(text)


def validator_for(schema, schemas):
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    try:  # jsonschema 4.18 and later resolve references through a registry
        from referencing import Registry, Resource

        registry = Registry().with_resources(
            (document["$id"], Resource.from_contents(document)) for document in schemas.values()
        )
        return cls(schema, registry=registry)
    except ImportError:  # older (Debian 12 has 4.10)
        resolver = jsonschema.RefResolver.from_schema(
            schema, store={document["$id"]: document for document in schemas.values()}
        )
        return cls(schema, resolver=resolver)


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    folder, name, documents = Path(argv[1]), argv[2], argv[3:]
    try:
        schemas = {path.name: load(path) for path in sorted(folder.glob("*.schema.json"))}
        if name not in schemas:
            print(f"validate-json: no schema {name} in {folder}", file=sys.stderr)
            return 2
        for schema in schemas.values():
            jsonschema.validators.validator_for(schema).check_schema(schema)
        validator = validator_for(schemas[name], schemas)
    except (OSError, ValueError, jsonschema.exceptions.SchemaError) as error:
        print(f"validate-json: {error}", file=sys.stderr)
        return 2
    invalid = False
    for document in documents:
        try:
            instance = load(document)
        except (OSError, ValueError) as error:
            print(f"validate-json: {document}: {error}", file=sys.stderr)
            return 2
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(part) for part in error.absolute_path) or "(the document)"
            print(f"{document}: {where}: {error.message}", file=sys.stderr)
            invalid = True
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
