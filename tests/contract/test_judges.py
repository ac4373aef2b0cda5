"""What counts as the target refusing a request's data."""

from contract_tests.judges import Answer, refused


def error(status: int, *fields: str, message: str = "m") -> Answer:
    items = [{"property": field, "message": "bad"} for field in fields]
    return Answer(status, {"apiErrorResponse": {"message": message, "errors": items}})


def test_a_validation_refusal_is_a_422_or_a_400_naming_the_field() -> None:
    assert refused(error(422), "orderId")
    assert refused(error(400, "orderId"), "orderId")
    assert refused(error(400, "customer.firstName", "orderId"), "orderId")


def test_a_400_about_a_records_state_or_another_field_is_no_refusal_of_this_field() -> None:
    inactive = Answer(400, {"apiErrorResponse": {"message": "Payment profile inactive.", "errors": []}})
    assert not refused(inactive, "orderId")
    assert not refused(error(400, "title"), "orderId")
    assert not refused(Answer(400, "not json"), "orderId")
    for status in (200, 401, 403, 404, 500):
        assert not refused(error(status, "orderId"), "orderId")
