"""Additional properties: no answer schema forbids them; answers carrying them validate,
parse with the client, and come back out of `to_dict()` unchanged."""

import copy
from typing import Any

import imoje_client.models
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from imoje_client import openapi

import imoje_spec
from contract_tests.answers import all_answers, missing_answers
from contract_tests.profile import from_env
from contract_tests.schema_walk import forbids_additional_properties, response_schemas

DOCUMENT = imoje_spec.load()
PROFILE = from_env()

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def test_no_answer_schema_forbids_additional_properties() -> None:
    closed = [location for location, schema in response_schemas(DOCUMENT) if forbids_additional_properties(schema)]
    assert closed == []


def object_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = []
    if isinstance(value, dict):
        found.append(path)
        for key, inner in value.items():
            found += object_paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += object_paths(inner, (*path, index))
    return found


def documented_keys(schema: Any, path: tuple[Any, ...]) -> set[str]:
    """The property names the spec declares for the object at `path` of an answer to `schema`."""
    found: set[str] = set()
    nodes = [openapi.resolve(DOCUMENT, schema)]
    for part in path:
        following = []
        for node in nodes:
            inner = node.get("items") if isinstance(part, int) else node.get("properties", {}).get(part)
            if isinstance(inner, dict):
                following.append(openapi.resolve(DOCUMENT, inner))
        nodes = following
    while nodes:
        node = nodes.pop()
        found.update(node.get("properties", {}))
        nodes.extend(openapi.resolve(DOCUMENT, sub) for key in ("allOf", "anyOf", "oneOf") for sub in node.get(key, []))
    return found


def new_key(taken: set[str]) -> st.SearchStrategy[str]:
    """A key outside `taken` (what the object holds and what the spec documents there)."""
    return st.text(min_size=1, max_size=12).filter(lambda name: name not in taken)


def answer_schema(operation_id: str, status: int) -> Any:
    documented = openapi.operations(DOCUMENT)[operation_id].response_schema(status)
    assert documented is not None and documented[1] is not None
    return documented[1]


def validator(operation_id: str, status: int) -> Any:
    return openapi.validator(DOCUMENT, answer_schema(operation_id, status))


def test_every_json_answer_has_a_contract_example_to_start_from() -> None:
    assert missing_answers(DOCUMENT) == []


def parsed_back(schema: Any, body: Any) -> Any:
    """`body` read by the client's model for `schema` and written out again."""
    if "$ref" in schema:
        model = getattr(imoje_client.models, str(schema["$ref"]).rsplit("/", 1)[-1])
        return model.from_dict(copy.deepcopy(body)).to_dict()
    assert schema.get("type") == "array", f"no model reads {schema}"
    return [parsed_back(schema["items"], item) for item in body]


ANSWERS = all_answers()


@pytest.mark.parametrize(("operation_id", "status", "answer"), ANSWERS, ids=[f"{a[0]}-{a[1]}" for a in ANSWERS])
@given(data=st.data())
@settings(max_examples=PROFILE.property_examples, deadline=None, suppress_health_check=list(HealthCheck))
def test_extra_keys_at_random_depths_validate_parse_and_round_trip(
    operation_id: str, status: int, answer: Any, data: st.DataObject
) -> None:
    body = copy.deepcopy(answer)
    paths = object_paths(body)
    for _ in range(data.draw(st.integers(1, 4), label="how many")):
        where = data.draw(st.sampled_from(paths), label="where")
        node = body
        for part in where:
            node = node[part]
        key = data.draw(new_key(set(node) | documented_keys(answer_schema(operation_id, status), where)), label="key")
        node[key] = data.draw(JSON_VALUES, label="value")
    assert list(openapi.problems(validator(operation_id, status), body)) == []
    assert parsed_back(answer_schema(operation_id, status), body) == body


def test_extra_keys_are_never_documented_ones() -> None:
    # `firstName` is documented (and not nullable) inside a card profile: drawing it as an
    # "unknown" key with a null value would fail for reasons of this test, not the target.
    schema = answer_schema("chargeProfile", 200)
    assert {"firstName", "maskedNumber", "id"} <= documented_keys(schema, ("transaction", "paymentProfile"))
    assert "payment" in documented_keys(answer_schema("getPayment", 200), ("transactions", 0))
