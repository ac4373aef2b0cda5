"""Patterns: what matches is sent and accepted, near misses are refused, by spec, client and target."""

from functools import cache

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import imoje_spec
from contract_tests import bodies
from contract_tests.failures import TargetAcceptedInvalid, TargetRefusedValid
from contract_tests.judges import client_accepts, looked_up_first, refused, spec_accepts, target_answer
from contract_tests.profile import QUICK, from_env
from contract_tests.target import Target
from contract_tests.transport import GuardedSession

DOCUMENT = imoje_spec.load()
BASE = bodies.valid_bodies("2a249f52-d29c-46e7-9575-e65a889c7d38", None)
RULES = bodies.field_rules(DOCUMENT, BASE, "pattern")
PROFILE = from_env()
PROPERTY = settings(max_examples=PROFILE.property_examples, deadline=None, suppress_health_check=list(HealthCheck))


def test_every_request_pattern_is_covered() -> None:
    # Each pattern-bearing request field of the spec, in every operation, has a rule here,
    # unless the spec's x-not-sent or x-shop-bound says why not (a count could not tell which).
    assert bodies.uncovered(DOCUMENT, BASE, "pattern") == []


def matching(rule: bodies.FieldRule) -> st.SearchStrategy[str]:
    return _matching(rule.schema["pattern"], rule.schema.get("maxLength", 10_000))


# Built once a pattern: hypothesis compiles a regex strategy on its first draw (profiled:
# building one per example was most of the test's time).
@cache
def _matching(pattern: str, limit: int) -> st.SearchStrategy[str]:
    return st.from_regex(pattern, fullmatch=True).filter(lambda text: 0 < len(text) <= limit)


def near_misses(rule: bodies.FieldRule, valid: str) -> list[str]:
    limit = rule.schema.get("maxLength")
    misses = [valid + "\n", valid + "<", "\x00" + valid, valid + "\u2028"]
    if limit is not None:
        misses.append((valid * (limit // len(valid) + 2))[: limit + 1])
    return misses


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.label)
@given(data=st.data())
@PROPERTY
def test_matches_are_accepted_and_near_misses_refused(rule: bodies.FieldRule, data: st.DataObject) -> None:
    valid = data.draw(matching(rule), label="matching")
    body = bodies.set_at(BASE[rule.operation_id], rule.path, valid)
    assert spec_accepts(rule.operation_id, body), f"spec refuses {valid!r}"
    assert client_accepts(rule.operation_id, body), f"client refuses {valid!r}"
    for miss in near_misses(rule, valid):
        if miss.endswith("\n") and "\\n" in rule.schema["pattern"].split("$")[0]:
            continue  # a field whose alphabet has line breaks (additionalDescription)
        broken = bodies.set_at(BASE[rule.operation_id], rule.path, miss)
        assert not spec_accepts(rule.operation_id, broken), f"spec accepts near miss {miss!r}"
        assert not client_accepts(rule.operation_id, broken), f"client would send near miss {miss!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.label)
@given(data=st.data())
@settings(
    max_examples=PROFILE.server_samples,
    deadline=None,
    database=None,
    phases=PROFILE.target_phases,
    derandomize=PROFILE is QUICK,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_target_agrees_on_a_sample(
    rule: bodies.FieldRule, data: st.DataObject, target: Target, session: GuardedSession
) -> None:
    own = bodies.valid_bodies(target.service_id, target.payment_profile_id)[rule.operation_id]
    valid = data.draw(matching(rule), label="matching")
    assume(not valid.endswith("\n"))
    field = rule.label.split(":", 1)[1]
    answer = target_answer(DOCUMENT, target, session, rule.operation_id, bodies.set_at(own, rule.path, valid))
    if answer.status >= 500 or refused(answer, field):
        message = f"{rule.label}: the target refused the matching value {valid!r} (HTTP {answer.status})"
        raise TargetRefusedValid(operation=rule.operation_id, message=message)
    miss = valid + "<"
    answer = target_answer(DOCUMENT, target, session, rule.operation_id, bodies.set_at(own, rule.path, miss))
    if not refused(answer, field):
        if looked_up_first(DOCUMENT, rule.operation_id, answer):
            pytest.skip(f"{rule.label}: the target answered 404 for the unknown record first; the rule is not judged")
        message = f"{rule.label}: the target accepted the near miss {miss!r} (HTTP {answer.status})"
        raise TargetAcceptedInvalid(operation=rule.operation_id, message=message)
