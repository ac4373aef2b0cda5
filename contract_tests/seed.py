"""IMOJE_CONTRACT_SEED, read in one place: by the runner before anything starts, and by the
suite's context."""

from collections.abc import Mapping

SEED_SETTING = "IMOJE_CONTRACT_SEED"


def seed_from(environ: Mapping[str, str]) -> int | None:
    """IMOJE_CONTRACT_SEED as a seed, None when unset; ValueError naming it otherwise (ASCII
    digits only: "²" is a digit to str.isdigit, and 5,000 digits are past int()'s limit)."""
    text = environ.get(SEED_SETTING, "").strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or len(text) > 19 or int(text) >= 2**63:
        shown = text if len(text) <= 40 else text[:40] + "..."
        raise ValueError(f"{SEED_SETTING}={shown!r}: expected a whole number from 0 to {2**63 - 1}")
    return int(text)
