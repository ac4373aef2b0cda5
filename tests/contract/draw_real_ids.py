"""A pytest plugin for the suite's own process (`-p tests.contract.draw_real_ids`) that makes
its generators draw, for about half of the deactivateProfile cases, the target's real card
profile: what hypothesis did by itself, rarely, when a literal id in this repository's code
became one of its constants (issue 19). Against an external target such a case must be
neither sent nor failed.

IMOJE_TEST_DRAW=before draws it ahead of the suite's own hooks (their filter must drop it);
IMOJE_TEST_DRAW=after, behind them (the transport must reject it, unsent). What happened is
written as JSON to IMOJE_TEST_DRAW_REPORT: cases drawn with the real id, and the guard's count
of cases rejected at sending.
"""

import json
import os
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import strategies as st

from contract_tests import context as run_context

DRAWN = {"real": 0}


def _with_real_profile(context: Any, body: Any) -> Any:
    target = run_context.current().target
    if context.operation.definition.raw.get("operationId") != "deactivateProfile" or not isinstance(body, dict):
        return body
    if len(json.dumps(body, sort_keys=True)) % 2:
        return body
    DRAWN["real"] += 1
    return {**body, "paymentProfileId": target.payment_profile_id}


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("IMOJE_TEST_DRAW") == "before":
        # Global hooks are applied before the schema's own (schemathesis.hooks.apply_to_all_dispatchers).
        schemathesis.hook("map_body")(_with_real_profile)
    else:

        def flatmap_body(context: Any, body: Any) -> st.SearchStrategy[Any]:
            return st.just(_with_real_profile(context, body))

        # Registered after the suite's own flatmap_body: it runs behind it.
        run_context.current().schema.hooks.hook(flatmap_body)


def pytest_sessionfinish(session: pytest.Session) -> None:
    report = {"drawn_real": DRAWN["real"], "rejected_unsent": run_context.current().guard.rejected}
    Path(os.environ["IMOJE_TEST_DRAW_REPORT"]).write_text(json.dumps(report), encoding="utf-8")
