"""Every pattern of the spec means the same under Python `re`, jsonschema-rs and ECMA-262.

ECMA-262 is checked with `regress` (the Rust ECMA engine) in unicode mode, the strictest
reading; jsonschema-rs is what schemathesis validates with; Python `re` is what the
emulator and hypothesis use.
"""

import re

import jsonschema_rs
import pytest
import regress
from hypothesis import assume, given
from hypothesis import strategies as st

from contract_tests.schema_walk import patterns
from tests.spec_document import document

PATTERNS = patterns(document())


class Engines:
    """One pattern compiled by the three engines."""

    def __init__(self, pattern: str) -> None:
        self.python = re.compile(pattern)
        self.rust = jsonschema_rs.validator_for({"type": "string", "pattern": pattern})
        self.ecma = regress.Regex(pattern, "u")

    def verdicts(self, text: str) -> dict[str, bool]:
        return {
            "python re": self.python.search(text) is not None,
            "jsonschema-rs": self.rust.is_valid(text),
            "ECMA-262": self.ecma.find(text) is not None,
        }


ENGINES = {location: Engines(pattern) for location, pattern in PATTERNS.items()}


def test_the_spec_has_the_documented_patterns() -> None:
    # Each a rule a value is refused by: one lost (or one added without its engines'
    # agreement below) is a change of what the client sends.
    assert set(PATTERNS) == {
        "AdditionalDescription", "Address.countryCodeAlpha2", "Cid", "Company", "CreateTransactionRequest.blikCode",
        "PhoneOrEmpty", "Multipayout.ban", "OrderId", "PersonName", "Phone", "ResponseTitle", "Title", "Uuid4",
    }  # fmt: skip


@pytest.mark.parametrize("location", PATTERNS)
def test_pattern_is_anchored_and_guards_the_trailing_newline(location: str) -> None:
    pattern = PATTERNS[location]
    assert pattern.startswith("^") and pattern.endswith("$(?!\\n)"), pattern


def test_vendor_escape_of_a_comma_is_not_ecma_unicode() -> None:
    # Why the spec writes `,` where the vendor's pages write `\,` (spec/DEVIATIONS.md).
    with pytest.raises(regress.RegressError):
        regress.Regex(r"^[a\,]+$", "u")


def near_misses(valid: str) -> list[str]:
    return [valid + "\n", valid + "<", "<" + valid, valid + "\x00", valid[:-1] + "\u2028", valid + valid]


@pytest.mark.parametrize("location", PATTERNS)
@given(data=st.data())
def test_engines_agree_on_matches_and_near_misses(location: str, data: st.DataObject) -> None:
    engines = ENGINES[location]
    valid = data.draw(st.from_regex(engines.python, fullmatch=True), label="valid")
    assume(valid)
    verdicts = engines.verdicts(valid)
    assert all(verdicts.values()), (valid, verdicts)
    for miss in [*near_misses(valid), data.draw(st.text(), label="any text")]:
        verdicts = engines.verdicts(miss)
        assert len(set(verdicts.values())) == 1, (miss, verdicts)


# The vendor's `\s` lets a payment link's description hold line breaks, so there a
# trailing newline is an ordinary character, accepted by every engine alike.
NEWLINE_IS_TEXT = {"AdditionalDescription"}


@pytest.mark.parametrize("location", PATTERNS)
@given(data=st.data())
def test_every_engine_refuses_a_trailing_newline(location: str, data: st.DataObject) -> None:
    engines = ENGINES[location]
    valid = data.draw(st.from_regex(engines.python, fullmatch=True))
    assume(valid and "\n" not in valid)
    verdicts = engines.verdicts(valid + "\n").values()
    assert all(verdicts) if location in NEWLINE_IS_TEXT else not any(verdicts)


def test_python_re_alone_would_accept_a_trailing_newline_without_the_guard() -> None:
    # The guard is there for Python: `$` matches before a final newline.
    assert re.search(r"^[0-9]+$", "123\n") is not None
    assert re.search(r"^[0-9]+$(?!\n)", "123\n") is None
