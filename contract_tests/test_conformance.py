"""Every operation, positive and negative data, every check: schemathesis's and ours."""

from typing import Any

import schemathesis
from hypothesis import settings

from contract_tests import context, selection
from contract_tests.transport import GuardedSession

schema = selection.narrow(context.current().schema, context.current().conformance)


@schema.parametrize()  # type: ignore[untyped-decorator]
@settings(phases=context.current().profile.target_phases)
def test_operation_conforms(case: schemathesis.Case[Any], session: GuardedSession) -> None:
    case.call_and_validate(session=session)
