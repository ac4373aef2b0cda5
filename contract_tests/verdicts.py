"""Two verdicts on an answer that does not fit the spec (issue 18).

*imoje broke the contract*: a promise the client relies on failed. A required field is absent,
null, or of another JSON type; an id is no UUID; the answer is not the JSON the spec
documents. (An undocumented status and a refused valid request are schemathesis's own
checks and the suite's properties: failures too.)

*The spec is behind imoje*: the target sends what the spec does not know yet. A new field, a
value outside an enum, null or another JSON type in an optional field, a string outside a
documented pattern, format or length. The client keeps such answers (or, for a type, refuses
them only until the spec learns); the run reports each with the spec change that would
accept it, and exits with `exit_codes.SPEC_BEHIND` when nothing broke.
"""

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from imoje_client import _contract, openapi

SCHEMAS = "#/components/schemas/"
# The keywords whose failure says the spec's description is narrower than what imoje sends.
NARROWER = frozenset({"enum", "const", "pattern", "format", "maxLength", "minLength", "minimum", "maximum"})


@dataclass(frozen=True)
class Broken:
    """One broken promise: where in the answer, the rule, the validator's message."""

    path: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or '(the answer)'}: {self.message}"


@dataclass(frozen=True)
class Finding:
    """One thing the spec does not know yet, where it was seen."""

    operation: str
    status: int | None
    path: str
    # The component schema the rule lives in, and the keys inside it to the rule's node
    # (for a new field: to the object whose `properties` lack it).
    schema: str
    pointer: tuple[str, ...]
    rule: str
    # The value seen, as JSON (a new field's name for `new-field`).
    seen: str
    # The node's own description of what it allows (its enum, type...), as the spec has it.
    allowed: Any = None


def _json(value: Any) -> str:
    # Whole: the proposal parses it back, and a value cut short would take a token's tail out
    # of reach of the redaction that every writer applies.
    return json.dumps(value, ensure_ascii=False)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _dotted(path: Sequence[str | int]) -> str:
    """An answer location with `[]` for any list item: `transactions[].payment.status`."""
    dotted = ""
    for part in path:
        dotted += "[]" if isinstance(part, int) else (f".{part}" if dotted else str(part))
    return dotted


def _node(document: Mapping[str, Any], name: str, pointer: Sequence[str]) -> Any:
    node: Any = document["components"]["schemas"][name]
    for key in pointer:
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


# Compiled validators by (document, schema): a run judges thousands of answers against a few
# dozen schemas, and compiling one costs more than judging an answer.
# Each entry keeps its document: an id is reused once its object is gone.
_VALIDATORS: dict[tuple[int, str], tuple[Mapping[str, Any], Any]] = {}


def _validator(document: Mapping[str, Any], schema: Mapping[str, Any]) -> Any:
    key = (id(document), json.dumps(schema, sort_keys=True))
    cached = _VALIDATORS.get(key)
    if cached is None or cached[0] is not document:
        cached = _VALIDATORS[key] = (document, openapi.validator(document, schema))
    return cached[1]


@dataclass(frozen=True)
class Judged:
    """An answer read and judged: its document (None when it is not JSON), and the verdicts."""

    document: Any
    broken: list[Broken]
    behind: list[Finding]


def judge_answer(
    document: Mapping[str, Any], operation: openapi.Operation, status: int, content: bytes, *, label: str
) -> Judged | None:
    """An answer of `operation` as it came off the wire, judged against what the spec
    documents for `status`; None when the spec documents no JSON answer for it (the caller's to
    judge). An empty 2xx where the answer promises nothing reads as `{}` (DEVIATIONS 51, as
    the client reads it); an answer that is not JSON is broken."""
    documented = operation.response_schema(status)
    if documented is None or documented[1] is None:
        return None
    empty = not content.strip() and 200 <= status < 300
    if empty and _contract.empty_success((operation.method, operation.path)) is not None:
        answer: Any = {}
    else:
        try:
            answer = json.loads(content)
        except ValueError:
            return Judged(None, [Broken("", "json", "the answer is not JSON")], [])
    broken, behind = judge(document, documented[1], answer, operation=label, status=status)
    return Judged(answer, broken, behind)


def _required_here(document: Mapping[str, Any], schema: Mapping[str, Any], path: Sequence[str | int]) -> bool:
    """Whether the field at `path` is one its object requires (an item of a list: whether the
    list is); the answer itself always is."""
    keys = [part for part in path]
    while keys and isinstance(keys[-1], int):
        keys.pop()
    if not keys:
        return True
    node: Any = openapi.resolve(document, schema)
    for part in keys[:-1]:
        if isinstance(part, int):
            node = openapi.resolve(document, node.get("items", {}))
        else:
            node = openapi.resolve(document, node.get("properties", {}).get(part, {}))
    return keys[-1] in node.get("required", [])


def judge(
    document: Mapping[str, Any], schema: Mapping[str, Any], answer: Any, *, operation: str, status: int | None
) -> tuple[list[Broken], list[Finding]]:
    """Judge `answer` against `schema` (a spec schema, refs into `document`): what broke the
    contract, and what shows the spec behind."""
    broken: list[Broken] = []
    behind: list[Finding] = []
    nulls: set[tuple[str | int, ...]] = set()
    checker = _validator(document, schema)
    for error in checker.iter_errors(answer):
        where = tuple(error.instance_path)
        rule = error.kind.name
        schema_path = [str(part) for part in error.schema_path]
        # An error outside the components (the answer's own inline schema) has no home to propose.
        component = schema_path[2] if schema_path[:2] == ["components", "schemas"] else ""
        pointer = tuple(schema_path[3:-1])
        required = _required_here(document, schema, where)
        if rule == "required":
            broken.append(Broken(_dotted(where), rule, error.message))
        elif error.instance is None:
            if required:
                broken.append(Broken(_dotted(where), "type", error.message))
            elif where not in nulls:
                # A null breaks the node's type and its enum alike: one finding.
                nulls.add(where)
                node = _node(document, component, pointer) if component else {}
                declared = {key: node[key] for key in ("type", "enum") if key in node}
                behind.append(
                    Finding(operation, status, _dotted(where), component, pointer, "nullable", "null", declared)
                )
        elif rule == "format" and _node(document, component, pointer).get("format") == "uuid":
            broken.append(Broken(_dotted(where), rule, error.message))
        elif rule == "type" and not required:
            allowed = _node(document, component, pointer).get("type")
            behind.append(
                Finding(operation, status, _dotted(where), component, pointer, "type", _json(error.instance), allowed)
            )
        elif rule in NARROWER:
            allowed = _node(document, component, pointer).get(rule) if component else None
            behind.append(
                Finding(operation, status, _dotted(where), component, pointer, rule, _json(error.instance), allowed)
            )
        else:
            broken.append(Broken(_dotted(where), rule, error.message))
    # A value that broke a promise is broken, whatever else it also breaks (a non-UUID id
    # misses the v4 pattern too).
    broken_at = {problem.path for problem in broken if problem.rule != "required"}
    behind = [finding for finding in behind if finding.path not in broken_at]
    behind += new_fields(document, schema, answer, operation=operation, status=status)
    return broken, behind


def new_fields(
    document: Mapping[str, Any],
    schema: Mapping[str, Any],
    value: Any,
    *,
    operation: str,
    status: int | None,
    component: str = "",
    pointer: tuple[str, ...] = (),
    path: tuple[str | int, ...] = (),
) -> Iterator[Finding]:
    """Each property of `value` its object's schema does not name, with that schema's home."""
    if "$ref" in schema and str(schema["$ref"]).startswith(SCHEMAS):
        component, pointer = str(schema["$ref"]).removeprefix(SCHEMAS), ()
    schema = openapi.resolve(document, schema)
    properties = schema.get("properties")
    if isinstance(value, dict) and isinstance(properties, Mapping):
        for key, inner in value.items():
            if key in properties:
                yield from new_fields(
                    document, properties[key], inner, operation=operation, status=status,
                    component=component, pointer=(*pointer, "properties", key), path=(*path, key),
                )  # fmt: skip
            else:
                seen = _json_type(inner)
                yield Finding(operation, status, _dotted((*path, key)), component, pointer, "new-field", key, seen)
    elif isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        for index, inner in enumerate(value):
            yield from new_fields(
                document, schema["items"], inner, operation=operation, status=status,
                component=component, pointer=(*pointer, "items"), path=(*path, index),
            )  # fmt: skip


def _types(declared: Any) -> list[str]:
    return list(declared) if isinstance(declared, list) else [declared] if declared else []


@dataclass
class Proposal:
    """The findings of one rule of one schema, and the spec change that accepts them all."""

    schema: str
    pointer: tuple[str, ...]
    rule: str
    allowed: Any
    seen: dict[str, str] = field(default_factory=dict)  # value -> its JSON type (new fields)
    where: set[tuple[str, int | None, str]] = field(default_factory=set)

    def change(self) -> Any:
        """The node the spec should have at `pointer` (only the keys that change)."""
        if self.rule == "enum":
            known = list(self.allowed or [])
            return {
                "enum": known + [json.loads(value) for value in sorted(self.seen) if json.loads(value) not in known]
            }
        if self.rule == "nullable":
            allowed = dict(self.allowed or {})
            changed: dict[str, Any] = {"type": [*_types(allowed.get("type")), "null"]}
            if "enum" in allowed:
                changed["enum"] = [*allowed["enum"], None]
            return changed
        if self.rule == "type":
            types = _types(self.allowed)
            return {"type": types + sorted({_json_type(json.loads(v)) for v in self.seen} - set(types))}
        if self.rule == "new-field":
            return {"properties": {name: {"type": kind} for name, kind in sorted(self.seen.items())}}
        # pattern, format, lengths, bounds: the spec's rule is narrower than what is sent.
        return {self.rule: f"WIDEN OR DROP: was {self.allowed!r}"}

    def headline(self) -> str:
        """What the spec lacks, in one line: `PaymentMethodCode enum: "c2p"`."""
        return f"{self.schema}{''.join('.' + key for key in self.pointer)} {self.rule}: {', '.join(sorted(self.seen))}"

    def fragment(self) -> str:
        """A YAML fragment of spec/imoje.yaml, from `components:` down to the changed node,
        under a comment saying where each value was seen."""
        node: Any = self.change()
        for key in reversed(("components", "schemas", self.schema, *self.pointer)):
            node = {key: node}
        seen = [f"# seen: {operation} {status} at {path}" for operation, status, path in sorted(self.where, key=str)]
        dumped = yaml.safe_dump(node, sort_keys=False, allow_unicode=True, default_flow_style=None, width=100)
        return "\n".join([*seen, dumped])

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "pointer": list(self.pointer),
            "rule": self.rule,
            "seen": sorted(self.seen),
            "where": [
                {"operation": operation, "status": status, "path": path}
                for operation, status, path in sorted(self.where, key=str)
            ],
            "headline": self.headline(),
            "proposal": self.fragment(),
        }


class Behind:
    """Every finding of a run, grouped by the spec change each needs."""

    def __init__(self) -> None:
        self.proposals: dict[tuple[str, tuple[str, ...], str], Proposal] = {}

    def record(self, findings: Sequence[Finding]) -> None:
        for finding in findings:
            key = (finding.schema, finding.pointer, finding.rule)
            proposal = self.proposals.setdefault(key, Proposal(finding.schema, finding.pointer, finding.rule, None))
            if finding.rule == "new-field":
                proposal.seen[finding.seen] = str(finding.allowed)
            else:
                proposal.seen[finding.seen] = ""
                proposal.allowed = finding.allowed
            proposal.where.add((finding.operation, finding.status, finding.path))

    def __len__(self) -> int:
        return len(self.proposals)

    def ordered(self) -> list[Proposal]:
        return [self.proposals[key] for key in sorted(self.proposals)]
