"""Every operation, positive and negative data, every check: schemathesis's and ours."""

from typing import Any

import schemathesis
from hypothesis import settings

from contract_tests import context
from contract_tests.transport import GuardedSession

schema = context.current().schema


@schema.parametrize()  # type: ignore[untyped-decorator]
@settings(phases=context.current().profile.target_phases)
def test_operation_conforms(case: schemathesis.Case[Any], session: GuardedSession) -> None:
    case.call_and_validate(session=session)
