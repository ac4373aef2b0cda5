"""Hooks for schemathesis's CLI in the suite benchmark (SCHEMATHESIS_HOOKS): the same
swaps of generated shop, profile and customer ids as the suite's (contract_tests/resources.py),
so that the CLI's requests reach the sandbox's records as the suite's do instead of 404ing."""

import schemathesis

from contract_tests.resources import KnownResources, hooks
from imoje_sandbox import SandboxConfig, blik, seeds, spec

CONFIG = SandboxConfig()
KNOWN = KnownResources(
    merchant_id=CONFIG.merchant_id,
    service_ids=(CONFIG.service_id,),
    payment_profile_ids=(seeds.ONE_CLICK_PROFILE_ID,),
    customer_ids=(blik.BLIK_CUSTOMER_ID,),
    irreversible_allowed=True,  # the benchmark's own sandbox, as the suite's embedded one
)

for hook in hooks(spec.load(), KNOWN):
    schemathesis.hook(hook)
