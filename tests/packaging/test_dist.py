"""`make dist`'s two wheels, installed as a service would install them, each in a fresh venv.

The throwaway service project at the end uses nothing but the installed wheels: the `Imoje`
client, and the `imoje_sandbox` fixture that imoje-sandbox's entry point registers.
"""

import os
import subprocess
import sys
import textwrap
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from tests.paths import ROOT


def pip(python: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """This environment's pip acting on the venv of `python` (`pip --python`): the venvs are
    made without pip of their own, which took 5 s a venv to install (measured)."""
    return run(sys.executable, "-m", "pip", "--python", python, *args, "--disable-pip-version-check")


# A venv's Python may not see this one's environment: nothing of the repository leaks in.
CLEAN_ENV = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}


def run(*command: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], cwd=cwd, env=CLEAN_ENV, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(map(str, command))}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    out = tmp_path_factory.mktemp("dist")
    # What `make dist` runs, into a temporary folder.
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", out,
        ROOT / "generated", ROOT / "packaging" / "imoje-sandbox", cwd=ROOT)  # fmt: skip
    found = {path.name.split("-")[0]: path for path in out.glob("*.whl")}
    assert set(found) == {"imoje_client", "imoje_sandbox"}
    yield found


def venv(path: Path) -> Path:
    run(sys.executable, "-m", "venv", "--without-pip", path)
    return path / "bin" / "python"


def installed(python: Path) -> set[str]:
    listing = pip(python, "list", "--format=freeze").stdout
    return {line.split("==")[0].lower().replace("_", "-") for line in listing.splitlines()}


def test_the_client_wheel_installs_alone_without_the_sandbox_stack(wheels: dict[str, Path], tmp_path: Path) -> None:
    python = venv(tmp_path / "venv")
    pip(python, "install", "--quiet", wheels["imoje_client"])
    packages = installed(python)
    assert {"imoje-client", "httpx", "attrs", "jsonschema-rs"} <= packages
    assert not packages & {"starlette", "uvicorn", "pyyaml", "imoje-sandbox", "imoje-contract"}
    shown = run(python, "-c", "import imoje_client as c; print(c.__version__, c.Imoje.__name__, c.API_VERSION)")
    assert shown.stdout.split() == ["0.6.0.dev0", "Imoje", "1.5.0"]
    # The bundled spec and the vendoring check travel with it.
    run(python, "-m", "imoje_client.check")


SHOP = '''
"""A shop service: checkout creates a payment link; imoje's notification marks the order paid."""

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from imoje_client import Imoje, OutcomeUnknownError
from imoje_client.models import NotificationPayment, NotificationTransaction, Status
from imoje_client.notifications import NotificationError, verify_notification


class Shop:
    def __init__(self, imoje: Imoje, service_key: str) -> None:
        self.imoje = imoje
        self.service_key = service_key
        self.orders: dict[str, str] = {}
        self.notified_transactions: list[str] = []
        self.app = Starlette(routes=[Route("/imoje/notify", self.notified, methods=["POST"])])

    def checkout(self, order_id: str, amount: int) -> str:
        customer = {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"}
        link = self.imoje.payments.create(amount=amount, currency="PLN", order_id=order_id, customer=customer)
        self.orders[order_id] = "awaiting payment"
        return str(link.payment.id)

    def charge_saved_card(self, profile_id: str, order_id: str, amount: int) -> str:
        try:
            charge = self.imoje.profiles.charge(profile_id, amount=amount, currency="PLN", order_id=order_id)
        except OutcomeUnknownError:
            self.orders[order_id] = "to reconcile"  # never charged twice
            return self.orders[order_id]
        self.orders[order_id] = str(charge.transaction.status)
        return self.orders[order_id]

    def settled_amount(self, payment_id: str) -> int | None:
        """What a settled link's transaction paid, read back as a reconcile job does: absent
        fields are None, so mypy --strict asks for no sentinel checks."""
        link = self.imoje.payments.get(payment_id)
        if link.status is not Status.SETTLED or not link.transactions:
            return None
        details = self.imoje.transactions.get(link.transactions[0].id).transaction
        paid: dict[str, int] = {}
        if details.order_id is not None and details.amount is not None:
            paid[details.order_id] = details.amount
        if self.imoje.transactions.can_refund(details.id, amount=1).refundable is not True:
            return None
        return paid.get(details.order_id or "")

    async def notified(self, request: Request) -> Response:
        try:
            notification = verify_notification(
                await request.body(),
                request.headers.get("x-imoje-signature"),
                service_key=self.service_key,
                merchant_id=self.imoje.merchant_id,
            )
        except NotificationError:
            return Response(status_code=400)
        transaction = notification.transaction
        if isinstance(transaction, NotificationTransaction) and transaction.id is not None:
            self.notified_transactions.append(str(transaction.id))
        payment = notification.payment  # a notification names a payment, a transaction or a profile
        if isinstance(payment, NotificationPayment) and payment.status is Status.SETTLED and payment.order_id:
            self.orders[payment.order_id] = "paid"
        return Response('{"status":"ok"}', media_type="application/json")
'''

SHOP_TESTS = """
from imoje_sandbox.pytest_plugin import ImojeSandbox

from shop import Shop


def test_checkout_pay_notify_paid(imoje_sandbox: ImojeSandbox) -> None:
    shop = Shop(imoje_sandbox.client(), imoje_sandbox.service_key)
    imoje_sandbox.notify_to_app(shop.app, "/imoje/notify")
    payment_id = shop.checkout("order-1", 1999)
    imoje_sandbox.settle_payment(payment_id)
    imoje_sandbox.wait_for_notification(order_id="order-1", status="settled", delivered=True)
    assert shop.orders["order-1"] == "paid"
    assert shop.settled_amount(payment_id) == 1999
    assert shop.notified_transactions


def test_a_slow_charge_is_reconciled_not_resent(imoje_sandbox: ImojeSandbox) -> None:
    imoje_sandbox.fault("chargeProfile", "timeout", seconds=5)
    shop = Shop(imoje_sandbox.client().with_options(deadline=0.5), imoje_sandbox.service_key)
    assert shop.charge_saved_card(imoje_sandbox.seeded.recurring_profile_id, "order-2", 100) == "to reconcile"
    [charge] = imoje_sandbox.requests("chargeProfile")
    assert charge.body["orderId"] == "order-2"


def test_a_500_on_a_charge_is_reconciled_not_resent(imoje_sandbox: ImojeSandbox) -> None:
    imoje_sandbox.fault("chargeProfile", "status", status=500)
    shop = Shop(imoje_sandbox.client(), imoje_sandbox.service_key)
    assert shop.charge_saved_card(imoje_sandbox.card_profile_id, "order-3", 100) == "to reconcile"
    assert [request.status for request in imoje_sandbox.requests("chargeProfile")] == [500]
"""


def test_a_service_project_tests_itself_with_both_wheels_and_passes_mypy_strict(
    wheels: dict[str, Path], tmp_path: Path
) -> None:
    python = venv(tmp_path / "venv")
    # The sandbox wheel alone: its pinned imoje-client is found beside it, as on an index.
    found_beside = ("--find-links", wheels["imoje_client"].parent)
    pip(python, "install", "--quiet", *found_beside, wheels["imoje_sandbox"], "pytest==9.2.0", "mypy==2.4.1")
    assert {"imoje-client", "imoje-sandbox", "starlette", "uvicorn"} <= installed(python)
    project = tmp_path / "service"
    (project / "shop").mkdir(parents=True)
    (project / "tests").mkdir()
    (project / "shop" / "__init__.py").write_text(textwrap.dedent(SHOP).lstrip(), encoding="utf-8")
    (project / "tests" / "test_shop.py").write_text(textwrap.dedent(SHOP_TESTS).lstrip(), encoding="utf-8")
    (project / "pyproject.toml").write_text(
        '[tool.pytest.ini_options]\npythonpath = ["."]\nfilterwarnings = ["error"]\n', encoding="utf-8"
    )
    # Only the entry point brings the fixture: nothing is imported from a conftest.
    tests = run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=project)
    assert "3 passed" in tests.stdout, tests.stdout
    run(python, "-m", "mypy", "--strict", "--no-incremental", "shop", "tests", cwd=project)


# The client's declared dependency floor, every one at its lowest, and every one at the newest
# its ranges allow: both must pass the same smoke (tests/packaging/client_smoke.py).
LOWEST = ("httpx==0.24.0", "httpcore==0.17.3", "attrs==22.2.0", "jsonschema-rs==0.60.0")


def test_the_lowest_pins_are_the_declared_floor() -> None:
    with (ROOT / "generated" / "pyproject.toml").open("rb") as file:
        requirements = [Requirement(text) for text in tomllib.load(file)["project"]["dependencies"]]
    floor = {
        requirement.name: Version(spec.version)
        for requirement in requirements
        for spec in requirement.specifier
        if spec.operator == ">="
    }
    lowest = {name: Version(version) for name, version in (pin.split("==") for pin in LOWEST)}
    assert floor == lowest


@pytest.mark.parametrize("versions", ["lowest", "highest"])
def test_the_client_works_at_both_ends_of_its_dependency_ranges(
    versions: str, wheels: dict[str, Path], tmp_path: Path
) -> None:
    python = venv(tmp_path / "venv")
    pins = LOWEST if versions == "lowest" else ()
    pip(python, "install", "--quiet", wheels["imoje_client"], *pins)
    pip(python, "check")
    listed = {
        line.split("==")[0].lower().replace("_", "-"): line.split("==")[1]
        for line in pip(python, "list", "--format=freeze").stdout.splitlines()
    }
    if versions == "lowest":
        assert {f"{name}=={listed[name]}" for name in ("httpx", "httpcore", "attrs", "jsonschema-rs")} == set(LOWEST)
    shown = run(python, Path(__file__).parent / "client_smoke.py")
    assert shown.stdout.splitlines()[-1] == "client smoke: ok", shown.stdout
