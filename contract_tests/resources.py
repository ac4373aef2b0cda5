"""Records a target really has, so that generated requests can name them.

schemathesis generates ids like any other data, and a random shop or card profile id is
valid by the spec but unknown to every target (404). A hook swaps valid generated ids for
known ones, keeping the random id among the choices so that "not found" stays covered.

Operations that cannot be undone (`x-irreversible` in the spec) get no swaps unless the
target is the embedded sandbox: their requests keep random ids, so they test the contract
("not found") without touching a real record.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st
from imoje_client import openapi


@dataclass(frozen=True)
class KnownResources:
    merchant_id: str
    service_ids: tuple[str, ...]
    payment_profile_ids: tuple[str, ...] = ()
    customer_ids: tuple[str, ...] = ()
    # Whether irreversible operations may name these records (the embedded sandbox only).
    irreversible_allowed: bool = False
    # Whether generated data names a record the target has (ids it answered with so far:
    # the irreversible guard's knowledge). Irreversible cases that do are never drawn.
    names_real_record: Callable[[Any], bool] | None = None

    def by_field(self) -> dict[str, tuple[str, ...]]:
        return {"serviceId": self.service_ids, "paymentProfileId": self.payment_profile_ids}


def _uuid4(document: dict[str, Any]) -> re.Pattern[str]:
    return re.compile(document["components"]["schemas"]["Uuid4"]["pattern"])


def install(schema: Any, document: dict[str, Any], resources: KnownResources) -> None:
    """Register the hooks that make generated requests name the target's own records."""
    for hook in hooks(document, resources):
        schema.hooks.hook(hook)


def hooks(document: dict[str, Any], resources: KnownResources) -> tuple[Callable[..., Any], ...]:
    """The hooks themselves (named as schemathesis expects), for a schema or for its CLI."""
    uuid4 = _uuid4(document)
    choices = {field: known for field, known in resources.by_field().items() if known}
    irreversible = {
        (operation.method.upper(), operation.path)
        for operation in openapi.operations(document).values()
        if operation.irreversible
    }

    def flatmap_body(context: Any, body: Any) -> st.SearchStrategy[Any]:
        if not isinstance(body, dict):
            return st.just(body)
        where = (context.operation.method.upper(), context.operation.path)
        if where in irreversible and not resources.irreversible_allowed:
            return unreal(st.just(body))
        swaps = {
            field: st.sampled_from([*known, body[field]])
            for field, known in choices.items()
            if isinstance(body.get(field), str) and uuid4.search(body[field])
        }
        if not swaps:
            return st.just(body)
        return st.fixed_dictionaries(swaps).map(lambda chosen: {**body, **chosen})

    # Path parameters that name a shop or a customer: the known ones, or the generated one.
    path_choices = {
        name: known for name, known in (("serviceId", resources.service_ids), ("cid", resources.customer_ids)) if known
    }

    def unreal(drawn: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        # hypothesis's own constants (string literals it finds in this repository's code, the
        # seeded profile id among them) can put a real id into an irreversible case.
        check = resources.names_real_record
        return drawn if check is None else drawn.filter(lambda data: not check(data))

    def flatmap_path_parameters(context: Any, path_parameters: Any) -> st.SearchStrategy[Any]:
        if not isinstance(path_parameters, dict):
            return st.just(path_parameters)
        # The merchant is the target's identity, not data to vary (schemathesis's
        # [parameters] config does not reach its stateful phase).
        fixed = (
            {**path_parameters, "merchantId": resources.merchant_id}
            if "merchantId" in path_parameters
            else path_parameters
        )
        swaps = {
            name: st.sampled_from([*known, fixed[name]])
            for name, known in path_choices.items()
            if isinstance(fixed.get(name), str)
        }
        drawn = st.fixed_dictionaries(swaps).map(lambda chosen: {**fixed, **chosen}) if swaps else st.just(fixed)
        where = (context.operation.method.upper(), context.operation.path)
        return unreal(drawn) if where in irreversible and not resources.irreversible_allowed else drawn

    return flatmap_body, flatmap_path_parameters
