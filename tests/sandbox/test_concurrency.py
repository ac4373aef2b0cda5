"""State stays whole under concurrent clients, over real sockets on loopback."""

import random
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from imoje_sandbox import SandboxServer, seeds
from tests.sandbox.conftest import AUTH

SHOP = seeds.DOCS_CANCEL_SERVICE_ID
CUSTOMER = {"firstName": "Jan", "lastName": "Kowalski", "email": "jan@example.com"}


def test_twenty_simultaneous_cancels_of_one_link_succeed_once(server: SandboxServer) -> None:
    with httpx.Client(base_url=server.merchant_url, headers=AUTH, timeout=10) as api:
        link = api.post(
            "/payment", json={"serviceId": SHOP, "amount": 5, "currency": "PLN", "orderId": "o", "customer": CUSTOMER}
        ).json()["payment"]
    start = threading.Barrier(20)

    def cancel(_: int) -> int:
        with httpx.Client(base_url=server.merchant_url, headers=AUTH, timeout=10) as own:
            start.wait()
            return own.post("/payment/cancel", json={"serviceId": SHOP, "paymentId": link["id"]}).status_code

    with ThreadPoolExecutor(20) as pool:
        statuses = Counter(pool.map(cancel, range(20)))
    assert statuses == Counter({200: 1, 400: 19})


class Client:
    """One of the concurrent clients: a random mix of calls, and what each link must be now."""

    def __init__(self, server: SandboxServer, seed: int) -> None:
        self.http = httpx.Client(base_url=server.merchant_url, headers=AUTH, timeout=20)
        self.control = f"{server.base_url.removesuffix('/v1/merchant')}/_sandbox/payments"
        self.random = random.Random(seed)
        self.expected: dict[str, str] = {}
        self.statuses: Counter[int] = Counter()

    def call(self, method: str, url: str, body: Any = None) -> httpx.Response:
        response = self.http.request(method, url, json=body)
        self.statuses[response.status_code] += 1
        return response

    def step(self) -> None:
        links = list(self.expected)
        choice = self.random.choice(["create", "get", "cancel", "start", "settle", "charge"] if links else ["create"])
        if choice == "create":
            body = {"serviceId": SHOP, "amount": 100, "currency": "PLN", "orderId": "o-1", "customer": CUSTOMER}
            payment = self.call("POST", "/payment", body).json()["payment"]
            self.expected[payment["id"]] = "new"
            return
        if choice == "charge":
            body = {
                "serviceId": SHOP,
                "paymentProfileId": seeds.ONE_CLICK_PROFILE_ID,
                "amount": 7,
                "currency": "PLN",
                "orderId": "c-1",
            }
            assert self.call("POST", "/transaction/profile", body).status_code == 200
            return
        link_id = self.random.choice(links)
        state = self.expected[link_id]
        if choice == "get":
            assert self.call("GET", f"/payment/{link_id}").json()["status"] == state
        elif choice == "cancel":
            response = self.call("POST", "/payment/cancel", {"serviceId": SHOP, "paymentId": link_id})
            assert response.status_code == (200 if state in ("new", "pending") else 400)
            if response.status_code == 200:
                self.expected[link_id] = "cancelled"
        else:
            allowed = {"start": ("new",), "settle": ("new", "pending")}[choice]
            response = self.call("POST", f"{self.control}/{link_id}/{choice}")
            assert response.status_code == (200 if state in allowed else 400)
            if response.status_code == 200:
                self.expected[link_id] = "pending" if choice == "start" else "settled"


def test_eight_clients_two_thousand_mixed_requests_lose_nothing(server: SandboxServer) -> None:
    clients = [Client(server, seed) for seed in range(8)]

    def run(client: Client) -> None:
        for _ in range(250):
            client.step()

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(run, clients))
    statuses = sum((client.statuses for client in clients), Counter())
    assert sum(statuses.values()) == 2000
    assert not [status for status in statuses if status >= 500]

    created = {link_id: state for client in clients for link_id, state in client.expected.items()}
    assert len(created) == sum(len(client.expected) for client in clients), "an id was handed out twice"
    with httpx.Client(base_url=server.merchant_url, headers=AUTH, timeout=20) as api:
        for link_id, state in created.items():
            assert api.get(f"/payment/{link_id}").json()["status"] == state
    assert len(server.sandbox_app.state.sandbox.store.links) == len(created) + len(seeds.links(SHOP, "unused"))
    for client in clients:
        client.http.close()
