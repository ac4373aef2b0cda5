"""schemathesis is configured in one place (contract_tests/st_settings.py): the suite, the
sandbox's own conformance test and the benchmark of schemathesis's CLI read the same settings."""

import tomllib
from typing import Any

from contract_tests import st_settings
from tests.paths import ROOT


def test_the_cli_file_says_what_the_suite_is_configured_with() -> None:
    options: dict[str, Any] = {
        "merchant_id": "m", "token": "t", "base_url": "http://127.0.0.1:1/v1/merchant", "seed": 7, "examples": 3,
    }  # fmt: skip
    assert tomllib.loads(st_settings.toml(**options)) == st_settings.settings(**options)
    operations = st_settings.settings(merchant_id="m")["operations"]
    refund = next(op for op in operations if op["include-operation-id"] == "refundTransaction")
    assert "422" in refund["checks"]["positive_data_acceptance"]["expected-statuses"]
    assert st_settings.config(**options).seed == 7


def test_the_verdicts_replace_schemathesis_own_answer_check_only_where_asked() -> None:
    assert "response_schema_conformance" not in st_settings.settings(merchant_id="m")["checks"]
    verdicts = st_settings.settings(merchant_id="m", verdicts=True)["checks"]
    assert verdicts["response_schema_conformance"] == {"enabled": False}


def test_no_other_module_configures_schemathesis() -> None:
    sources = [*ROOT.glob("contract_tests/*.py"), *ROOT.glob("tests/**/*.py"), *ROOT.glob("benchmarks/*.py")]
    here = {ROOT / "contract_tests" / "st_settings.py", ROOT / "tests" / "contract" / "test_st_settings.py"}
    configuring = [
        path.relative_to(ROOT).as_posix()
        for path in sources
        if path not in here
        and any(word in path.read_text(encoding="utf-8") for word in ("SchemathesisConfig.from", "expected-statuses"))
    ]
    assert configuring == []
