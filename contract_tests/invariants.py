"""Read-after-write invariants (issue 22): answers that fit the schema must also tell the truth.

Every exchange the suite has with its target (schemathesis's session and the generated client
alike, contract_tests/transport.py) passes through one `Ledger`, which remembers what each
write answered and every status it has seen, and raises a typed failure when a later answer
contradicts them:

    IM116 ReadAnotherRecord      a read answers another record than the one its path names
    IM117 WrittenValueChanged    a read answers an amount, currency, orderId, title, shop or
                                 customer other than the one its record was written with
    IM118 StatusAgainstTheTable  a status moved where no documented transition leads: to a
                                 state the table does not reach from the one seen, or back
    IM119 ListHoldsAnothers      a link lists a transaction of another link or shop, or a
                                 transaction a refund of another shop
    IM111 RefundNotListed        a transaction read misses a refund the run made of it

The state machines are the spec's (`x-lifecycles`, read through `imoje_spec.lifecycles`),
the documented moves the sandbox executes too: the suite judges from the spec, not from the
emulator. A status either side of which the lifecycles do not know is not judged here (the
verdicts report a new status as the spec behind).
"""

import json
import shlex
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import hypothesis
from imoje_client import openapi

from contract_tests import routes, verdicts
from contract_tests.failures import (
    ImojeFailure,
    ListHoldsAnothers,
    ReadAnotherRecord,
    RefundNotListed,
    StatusAgainstTheTable,
    WrittenValueChanged,
)
from imoje_spec import lifecycles, records


def _reach(edges: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Every status reachable from each status by one or more moves."""
    step: dict[str, set[str]] = {}
    for start, end in edges:
        step.setdefault(start, set()).add(end)
        step.setdefault(end, set())
    reach = {}
    for start in step:
        seen: set[str] = set()
        pending = list(step[start])
        while pending:
            status = pending.pop()
            if status not in seen:
                seen.add(status)
                pending.extend(step[status])
        reach[start] = frozenset(seen)
    return reach


_DOCUMENTED = lifecycles.documented()
# A link follows its transaction once paid, refused or cancelled (`link.follows`).
LINK_REACH = _reach(
    [(move.start, move.end) for move in _DOCUMENTED.link.moves]
    + [("pending", status) for status in _DOCUMENTED.link_follows.values()]
)
TRANSACTION_REACH = _reach((move.start, move.end) for move in _DOCUMENTED.transaction.moves)
REACH = {"link": LINK_REACH, "transaction": TRANSACTION_REACH}

# What a read must keep of what its record was written with (compared where both show it).
KEPT = ("amount", "currency", "orderId", "title", "serviceId")
CUSTOMER_KEPT = ("firstName", "lastName", "email")


@dataclass
class Written:
    kind: str
    operation: str
    fields: dict[str, Any]
    statuses: list[str] = field(default_factory=list)
    # Refunds the run made of this transaction.
    refunds: set[str] = field(default_factory=set)


def _record_properties(
    document: Mapping[str, Any], operation: openapi.Operation, facts: records.RecordFacts
) -> set[str]:
    """The properties the spec documents for the record an operation's 200 answer holds."""
    answer = operation.responses.get("200")
    if facts.answer is None or not answer:
        return set()
    schema = openapi.resolve(document, answer)
    if facts.answer:
        schema = openapi.resolve(document, schema.get("properties", {}).get(facts.answer, {}))
    return set(schema.get("properties", {}))


def curl_line(method: str, url: str, body: bytes | None) -> str:
    parts = ["curl", "-X", method, "-H", "Authorization: [Filtered]"]
    if body:
        parts += ["-H", "Content-Type: application/json", "-d", body.decode("utf-8", "replace")]
    return " ".join(shlex.quote(part) for part in [*parts, url])


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


class Ledger:
    """What the run wrote and saw, per record id; `observe` judges each exchange against it."""

    def __init__(
        self,
        document: Mapping[str, Any],
        base_url: str,
        curls: dict[tuple[str, str | None, str], str],
        behind: verdicts.Behind | None = None,
    ):
        self.document = document
        self.routes = routes.compile_routes(document, urlsplit(base_url).path)
        # What the spec does not know yet, from every answer the ledger sees (the scenarios'
        # too, not only schemathesis's cases): a value new to the spec is behind in every test.
        self.behind = behind
        operations = openapi.operations(document).values()
        self.facts = {operation.operation_id: records.of(operation) for operation in operations}
        # The reads whose answer documents a transaction's refunds: only those can miss one.
        self.shows_refunds = {
            operation.operation_id
            for operation in operations
            if "refunds" in _record_properties(document, operation, self.facts[operation.operation_id])
        }
        # By kind and id: imoje's own example gives a link and its transaction one id.
        self.records: dict[tuple[str, str], Written] = {}
        self.curls = curls
        self._lock = threading.Lock()
        # Broken inside a hypothesis test (schemathesis's cases and walks): raising there would
        # make hypothesis replay a run whose earlier answers the ledger already holds, and end
        # as "flaky" instead of as the failure. Kept here, raised when the test is over
        # (`take_pending`, from the suite's conftest), first of each kind and operation.
        self.pending: dict[tuple[str, str | None], ImojeFailure] = {}
        # The last request the generated client sent, as a curl line, by operationId: what a
        # failure the client raised (its exceptions name the operation, not the request) is
        # reported with.
        self.sent: dict[str, str] = {}
        # The operation the generated client sent last: what a scenario's own bare assertion
        # is reported with (contract_tests/report.py, IM126).
        self.last: str | None = None

    def sending(self, method: str, url: str, body: bytes | None) -> None:
        found = routes.find(self.routes, method, urlsplit(url).path)
        if found is not None:
            with self._lock:
                self.sent[found.operation.operation_id] = curl_line(method.upper(), url, body or None)
                self.last = found.operation.operation_id

    def take_pending(self) -> list[ImojeFailure]:
        with self._lock:
            found = list(self.pending.values())
            self.pending.clear()
        return found

    def forget(self) -> None:
        """After the embedded sandbox's reset: its records start over."""
        with self._lock:
            self.records.clear()

    def observe(self, method: str, url: str, sent: bytes | None, status: int, content: bytes) -> None:
        """Judge one exchange; raise the first invariant it breaks (after recording its curl line)."""
        found = routes.find(self.routes, method, urlsplit(url).path)
        if found is None:
            return
        label = f"{method.upper()} {found.operation.path}"
        if self.behind is not None:
            judged = verdicts.judge_answer(self.document, found.operation, status, content, label=label)
            if judged is not None:
                with self._lock:
                    self.behind.record(judged.behind)
        if not 200 <= status < 300 or not content.strip():
            return
        try:
            answer = json.loads(content)
            request = json.loads(sent) if sent else {}
        except ValueError:
            return  # not JSON: the verdicts judge that
        if not isinstance(answer, (dict, list)):
            return
        with self._lock:
            try:
                self._judge(found, label, _object(request), answer)
            except ImojeFailure as failure:
                self.curls.setdefault(
                    (type(failure).__name__, failure.operation, failure.message), curl_line(method.upper(), url, sent)
                )
                if not hypothesis.currently_in_test_context():
                    raise
                self.pending.setdefault((type(failure).__name__, failure.operation), failure)

    # ---- one exchange ----------------------------------------------------------------

    def _judge(self, found: routes.Found, label: str, request: dict[str, Any], answer: Any) -> None:
        # What the operation does to which record is the spec's to say (`x-record`).
        facts = self.facts[found.operation.operation_id]
        record = facts.held(answer)
        if facts.writes:
            self._written(facts.kind, label, request, record)
            parent = None if facts.of is None else facts.of.value(found.path, request)
            made = record.get("id")
            known = self.records.get((facts.kind, str(parent).lower()))
            if known is not None and isinstance(made, str):
                known.refunds.add(made.lower())
        elif facts.id is not None:
            asked = facts.id.value(found.path, request)
            self._read(facts.kind, label, asked, record, found.operation.operation_id in self.shows_refunds)

    def _written(self, kind: str, label: str, request: dict[str, Any], answered: dict[str, Any]) -> None:
        record_id = answered.get("id")
        if not isinstance(record_id, str):
            return
        # What the answer shows, else what was sent: either is what the record was written with.
        fields = {name: answered.get(name, request.get(name)) for name in KEPT if name in answered or name in request}
        customer = _object(answered.get("customer")) or _object(request.get("customer"))
        if customer:
            fields["customer"] = {name: customer[name] for name in CUSTOMER_KEPT if name in customer}
        record = self.records.setdefault((kind, record_id.lower()), Written(kind, label, fields))
        self._status(record, record_id, label, answered.get("status"))

    def _read(self, kind: str, label: str, asked: Any, answered: dict[str, Any], shows_refunds: bool) -> None:
        if not answered:
            return
        self._same_id(label, asked, answered.get("id"))
        record_id = str(answered.get("id", asked)).lower()
        record = self.records.get((kind, record_id))
        if record is not None:
            self._kept(label, record_id, record, answered)
        else:
            record = self.records[kind, record_id] = Written(kind, label, {})
        self._status(record, record_id, label, answered.get("status"))
        if kind == "link":
            self._link_lists(label, record_id, answered)
        if shows_refunds:
            self._refunds_listed(label, record_id, record, answered)

    # ---- the invariants --------------------------------------------------------------

    def _same_id(self, label: str, asked: Any, answered: Any) -> None:
        if isinstance(asked, str) and isinstance(answered, str) and asked.lower() != answered.lower():
            raise ReadAnotherRecord(
                operation=label, message=f"asked for {asked}, answered the record {answered} (`id`)"
            )

    def _kept(self, label: str, record_id: str, record: Written, answered: dict[str, Any]) -> None:
        for name, written in record.fields.items():
            if name not in answered:
                continue  # an optional field a read leaves out is not shown, not changed
            read = answered[name]
            if name == "customer":
                read = {key: value for key, value in _object(read).items() if key in written}
                written = {key: value for key, value in written.items() if key in read}
            if read != written:
                raise WrittenValueChanged(
                    operation=label,
                    message=(
                        f"{record_id}: `{name}` was written {json.dumps(written)} ({record.operation}), "
                        f"read {json.dumps(read)}"
                    ),
                )

    def _status(self, record: Written, record_id: str, label: str, status: Any) -> None:
        if not isinstance(status, str):
            return
        reach = REACH.get(record.kind, {})
        last = record.statuses[-1] if record.statuses else None
        if last is not None and status != last and last in reach and status in reach:
            left = [seen for seen in record.statuses if seen != last]
            if status in left or status not in reach[last]:
                allowed = ", ".join(sorted(reach[last])) or "nothing (final)"
                raise StatusAgainstTheTable(
                    operation=label,
                    message=(
                        f"{record.kind} {record_id} read `{status}` after `{last}` (seen before: "
                        f"{', '.join(record.statuses)}); from `{last}` the documented moves lead to {allowed}"
                    ),
                )
        if status != last:
            record.statuses.append(status)

    def _link_lists(self, label: str, link_id: str, link: dict[str, Any]) -> None:
        shop = link.get("serviceId")
        for item in link.get("transactions") or []:
            transaction = _object(item)
            owner = _object(transaction.get("payment")).get("id")
            other_shop = isinstance(shop, str) and transaction.get("serviceId") not in (None, shop)
            if (isinstance(owner, str) and owner.lower() != link_id) or other_shop:
                raise ListHoldsAnothers(
                    operation=label,
                    message=(
                        f"link {link_id} of shop {shop} lists transaction {transaction.get('id')} of link {owner}, "
                        f"shop {transaction.get('serviceId')}"
                    ),
                )
            record_id = transaction.get("id")
            if isinstance(record_id, str):
                key = ("transaction", record_id.lower())
                record = self.records.setdefault(key, Written("transaction", label, {}))
                self._status(record, record_id.lower(), label, transaction.get("status"))

    def _refunds_listed(self, label: str, transaction_id: str, record: Written, transaction: dict[str, Any]) -> None:
        shop = transaction.get("serviceId")
        listed = transaction.get("refunds")
        items = [_object(_object(item).get("transaction")) for item in listed] if isinstance(listed, list) else []
        for refund in items:
            if isinstance(shop, str) and refund.get("serviceId") not in (None, shop):
                raise ListHoldsAnothers(
                    operation=label,
                    message=(
                        f"transaction {transaction_id} of shop {shop} lists refund {refund.get('id')} "
                        f"of shop {refund.get('serviceId')}"
                    ),
                )
        # `refunds` is optional in the spec, but a refund that answered 200 exists: a read that
        # lists no refunds at all hides it as surely as a list without it.
        ids = {str(refund.get("id")).lower() for refund in items}
        missing = sorted(record.refunds - ids)
        if missing:
            shown = "no refunds (`refunds` is absent)" if listed is None else f"refunds {sorted(ids)}"
            raise RefundNotListed(
                operation=label,
                message=f"refunds {missing} answered 200 but transaction {transaction_id} lists {shown}",
            )
