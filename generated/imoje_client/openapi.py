"""The spec this package was generated from, and JSON Schema validators compiled from it.

`bundled()` is the spec shipped inside the package (openapi.json). The other functions
take any OpenAPI 3.1 document of the same shape, so that tools outside the package (the
emulator, the contract suite) read a spec the same way the client does.
"""

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any
from uuid import UUID

import jsonschema_rs

from .errors import Problem

SPEC_FILE = "openapi.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords that only narrow the values of a type. Lenient validators drop them: a value
# outside them (a new enum member, a longer title) is drift to report, not a reason to fail.
NARROWING_KEYWORDS = frozenset(
    {
        "enum",
        "const",
        "pattern",
        "format",
        "maxLength",
        "minLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxProperties",
    }
)
# Not narrowing: `minProperties` stays, since an empty object is no document to absorb (a
# signed `{}` notification must not parse into an empty Notification).
# Keywords whose value is a map of name -> schema, a list of schemas, or one schema.
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_SINGLES = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
)

Schema = Mapping[str, Any]


@cache
def bundled() -> dict[str, Any]:
    """The OpenAPI document this package was generated from."""
    text = resources.files(__package__).joinpath(SPEC_FILE).read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@dataclass(frozen=True)
class Operation:
    """One operation of a spec, with its references resolved down to JSON schemas."""

    operation_id: str
    method: str
    path: str
    parameters: tuple[Schema, ...]
    body: Schema | None
    # HTTP status (or "4XX", "default") -> schema of its JSON body, None when it has none.
    responses: Mapping[str, Schema | None] = field(default_factory=dict)
    # The operation's `x-...` extensions.
    extensions: Mapping[str, Any] = field(default_factory=dict)

    @property
    def irreversible(self) -> bool:
        """`x-irreversible: true`: what it does to a record cannot be undone (deactivation)."""
        return self.extensions.get("x-irreversible") is True

    @property
    def changes_state(self) -> bool:
        """`x-changes-state: true`: it moves money or state (a charge, a link created or
        cancelled). Without an idempotency key, a failure after sending leaves its outcome
        unknown, and it is never resent."""
        return self.extensions.get("x-changes-state") is True

    def parameter_schemas(self, location: str) -> dict[str, Schema]:
        return {
            p["name"]: p.get("schema", {})
            for p in self.parameters
            if p.get("in") == location
        }

    def response_schema(self, status: int) -> tuple[str, Schema | None] | None:
        """The documented response for `status` (exact, then range, then default), or None."""
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in self.responses:
                return key, self.responses[key]
        return None


def resolve(document: Schema, node: Schema) -> Schema:
    """Follow local references ("#/components/...") until a non-reference object."""
    while "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def json_schema(document: Schema, node: Schema) -> Schema | None:
    """The application/json schema of a request body or response, None if it has none."""
    media = resolve(document, node).get("content", {}).get("application/json")
    return None if media is None else media.get("schema", {})


def operations(document: Schema) -> dict[str, Operation]:
    """Every operation of `document`, by operationId."""
    found: dict[str, Operation] = {}
    for path, path_item in document.get("paths", {}).items():
        shared = path_item.get("parameters", [])
        for method in METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            parameters = tuple(
                resolve(document, p)
                for p in (*shared, *operation.get("parameters", []))
            )
            body = operation.get("requestBody")
            found[operation["operationId"]] = Operation(
                operation_id=operation["operationId"],
                method=method,
                path=path,
                parameters=parameters,
                body=None if body is None else json_schema(document, body),
                responses={
                    str(status): json_schema(document, response)
                    for status, response in operation.get("responses", {}).items()
                },
                extensions={
                    key: value
                    for key, value in operation.items()
                    if key.startswith("x-")
                },
            )
    return found


def loosen(schema: Any) -> Any:
    """`schema` without its narrowing keywords, at every depth."""
    if not isinstance(schema, Mapping):
        return schema
    loose = {
        key: value for key, value in schema.items() if key not in NARROWING_KEYWORDS
    }
    for key in SCHEMA_MAPS:
        if isinstance(loose.get(key), Mapping):
            loose[key] = {name: loosen(sub) for name, sub in loose[key].items()}
    for key in SCHEMA_LISTS:
        if isinstance(loose.get(key), list):
            loose[key] = [loosen(sub) for sub in loose[key]]
    for key in SCHEMA_SINGLES:
        if key in loose:
            loose[key] = loosen(loose[key])
    return loose


_COMPONENT = "#/components/schemas/"


def absorbing_nulls(
    schema: Any, schemas: Mapping[str, Any], seen: tuple[str, ...] = ()
) -> Any:
    """`schema` with its component refs inlined and every optional property also taking
    null: the models read a null where a field may be absent as absent (None), so a null
    there is drift to report, not an answer to refuse. A required field stays non-null
    unless the spec says otherwise."""
    if not isinstance(schema, Mapping):
        return schema
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_COMPONENT):
        name = ref[len(_COMPONENT) :]
        if name in seen or name not in schemas:
            return schema  # a recursive or unknown ref stays a ref
        merged = {
            **schemas[name],
            **{key: value for key, value in schema.items() if key != "$ref"},
        }
        return absorbing_nulls(merged, schemas, (*seen, name))
    node = dict(schema)
    for key in SCHEMA_MAPS:
        if isinstance(node.get(key), Mapping):
            node[key] = {
                name: absorbing_nulls(sub, schemas, seen)
                for name, sub in node[key].items()
            }
    for key in SCHEMA_LISTS:
        if isinstance(node.get(key), list):
            node[key] = [absorbing_nulls(sub, schemas, seen) for sub in node[key]]
    for key in SCHEMA_SINGLES:
        if key in node:
            node[key] = absorbing_nulls(node[key], schemas, seen)
    properties = node.get("properties")
    if isinstance(properties, Mapping):
        required = set(node.get("required", ()))
        node["properties"] = {
            name: sub if name in required else _or_null(sub)
            for name, sub in properties.items()
        }
    return node


def _or_null(schema: Any) -> Any:
    if not isinstance(schema, Mapping):
        return schema
    kind = schema.get("type")
    if isinstance(kind, str):
        return schema if kind == "null" else {**schema, "type": [kind, "null"]}
    if isinstance(kind, list):
        return schema if "null" in kind else {**schema, "type": [*kind, "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def validator(
    document: Schema, schema: Schema, *, lenient: bool = False
) -> jsonschema_rs.Validator:
    """A compiled validator for `schema`, resolving its refs into `document`'s components.

    Strict validators check formats too; lenient ones keep only structure and JSON types,
    and take null wherever a field may be absent (`absorbing_nulls`).
    """
    schemas = document.get("components", {}).get("schemas", {})
    if lenient:
        schemas = {name: loosen(sub) for name, sub in schemas.items()}
        schema = absorbing_nulls(loosen(schema), schemas)
    root = {"$schema": DIALECT, "components": {"schemas": schemas}, **schema}
    return jsonschema_rs.validator_for(root, validate_formats=not lenient)


def field_name(
    path: list[str | int] | tuple[str | int, ...], extra: str | None = None
) -> str:
    """A JSON location as a dotted path: `transactions[0].payment.id`."""
    dotted = ""
    for part in path:
        dotted += (
            f"[{part}]" if isinstance(part, int) else (f".{part}" if dotted else part)
        )
    if extra:
        dotted = f"{dotted}.{extra}" if dotted else extra
    return dotted


def uuid_problems(
    document: Schema, schema: Schema, value: Any, path: tuple[str | int, ...] = ()
) -> Iterator[Problem]:
    """Each field the spec types `format: uuid` whose text no UUID parses. Lenient validators
    leave formats out, so without this the models fail on such an id far from its name."""
    schema = resolve(document, schema)
    if schema.get("format") == "uuid" and isinstance(value, str):
        try:
            UUID(value)
        except ValueError:
            yield Problem(field_name(path), "format", f"{value[:64]!r} is not a UUID")
    for part in schema.get("allOf", ()):
        yield from uuid_problems(document, part, value, path)
    properties = schema.get("properties")
    if isinstance(value, Mapping) and isinstance(properties, Mapping):
        for key, inner in value.items():
            if key in properties:
                yield from uuid_problems(document, properties[key], inner, (*path, key))
    items = schema.get("items")
    if isinstance(value, list) and isinstance(items, Mapping):
        for index, inner in enumerate(value):
            yield from uuid_problems(document, items, inner, (*path, index))


def problems(
    checker: jsonschema_rs.Validator, instance: Any, *, prefix: str = ""
) -> Iterator[Problem]:
    """Every rule `instance` breaks, each naming the field (a dotted path) and the keyword."""
    for error in checker.iter_errors(instance):
        kind = error.kind
        detail = kind.as_dict()
        path: list[str | int] = (
            [prefix, *error.instance_path] if prefix else list(error.instance_path)
        )
        if kind.name == "required":
            where = field_name(path, str(detail["property"]))
        elif kind.name == "additionalProperties":
            where = field_name(
                path, ",".join(str(name) for name in detail["unexpected"])
            )
        else:
            where = field_name(path)
        yield Problem(field=where, rule=kind.name, message=error.message)
