"""The rules the spec keeps everywhere: open responses, closed documented requests."""

from contract_tests.schema_walk import forbids_additional_properties, response_schemas, subschemas
from tests.spec_document import document, operation

# Request objects whose every field the vendor lists; all others stay open.
CLOSED_REQUEST_OBJECTS = {
    "CancelPaymentRequest",
    "ChargeProfileRequest",
    "DeactivateProfileRequest",
    "LinkCustomerInput",
}


def test_no_response_schema_forbids_additional_properties() -> None:
    checked = list(response_schemas(document()))
    assert len(checked) > 40, "the walk must reach nested schemas"
    closed = [location for location, schema in checked if forbids_additional_properties(schema)]
    assert closed == []


def test_response_walk_finds_a_closed_schema_when_there_is_one() -> None:
    # The check above must be able to fail: close one nested schema and look again.
    spec = document()
    altered = {**spec, "components": {**spec["components"], "schemas": dict(spec["components"]["schemas"])}}
    altered["components"]["schemas"]["TransactionPayment"] = {
        **spec["components"]["schemas"]["TransactionPayment"],
        "additionalProperties": False,
    }
    closed = [location for location, schema in response_schemas(altered) if forbids_additional_properties(schema)]
    assert closed and all(location.endswith("TransactionPayment") for location in closed)


def test_closed_request_objects_are_exactly_the_fully_documented_ones() -> None:
    closed = set()
    for operation_id in ("createPayment", "cancelPayment", "chargeProfile", "deactivateProfile"):
        body = operation(operation_id).body
        assert body is not None
        for location, schema in subschemas(document(), body, operation_id):
            if schema.get("type") == "object" and forbids_additional_properties(schema):
                closed.add(location.split(".")[0].split("/")[0])
    assert closed == CLOSED_REQUEST_OBJECTS
