"""`scripts/witness add FILE...`: file witnesses (the recorder's, or written by hand) into the
corpus, spec/witnesses/, after judging each as the corpus's tests will: the client reads it,
nothing in it breaks the contract, and its `behind` list is what the spec does not know yet
today. A file that fails is refused, naming why; nothing is half-added."""

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from imoje_client import ImojeClientError, _redact

import imoje_spec
from contract_tests import witnesses


class Refused(ValueError):
    pass


def _holds(text: str, secrets: Sequence[str]) -> bool:
    return _redact.text(text, *secrets) != text


def _strings(value: Any) -> Iterator[str]:
    """Every string in a parsed JSON value, member names included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for name, member in value.items():
            yield name
            yield from _strings(member)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def checked(path: Path, document: dict[str, Any], secrets: Sequence[str]) -> dict[str, Any]:
    """The witness in `path`, its `behind` list brought up to date; Refused, naming why, if the
    corpus cannot take it."""
    text = path.read_text(encoding="utf-8")
    try:
        witness: dict[str, Any] = json.loads(text)
    except ValueError as exc:
        raise Refused(f"{path} is not JSON: {_redact.text(str(exc), *secrets)}") from None
    # In the text as written and in every string as parsed (a `\u` or `\/` escape is the
    # same string once read), in any spelling of the one secret rule.
    if _holds(text, secrets) or any(_holds(value, secrets) for value in _strings(witness)):
        raise Refused(f"{path} holds the token or the shop key: record it again (the recorder redacts both)")
    if witness.get("what") not in ("answer", "notification"):
        raise Refused(f"{path}: `what` is {witness.get('what')!r}; add answers and notifications (requests by hand)")
    source = witness.get("source") or {}
    if not (source.get("address") or (source.get("repository") and source.get("path") and source.get("commit"))):
        raise Refused(f"{path}: `source` names neither an address nor a repository, path and commit")
    try:
        if witness["what"] == "answer":
            witnesses.read_answer(document, witness)
        broken, behind = witnesses.judged(document, witness)
    except (ImojeClientError, ValueError, KeyError, TypeError) as exc:  # a malformed file, or the client refusing it
        raise Refused(f"{path}: the client cannot read it: {type(exc).__name__}: {exc}") from None
    if broken:
        raise Refused(f"{path} breaks the contract: " + "; ".join(str(problem) for problem in broken))
    return {**witness, "behind": behind, "deviation": witness.get("deviation")}


def add(paths: Sequence[Path], corpus: Path, *, secrets: Sequence[str] = (), out: TextIO = sys.stdout) -> list[Path]:
    document = imoje_spec.load()
    ready = [(path, checked(path, document, secrets)) for path in paths]  # all judged before any is filed
    added = []
    for path, witness in ready:
        target = corpus / path.name
        if target.exists():
            raise Refused(f"{target} exists: rename {path} first")
        written = json.dumps(witness, indent=2, ensure_ascii=False) + "\n"
        if _holds(written, secrets):  # what `behind` added, or a spelling only the writing joins
            raise Refused(f"{path} would be filed holding the token or the shop key")
        target.write_text(written, encoding="utf-8")
        added.append(target)
        out.write(f"witness: added {target}\n")
        if witness["behind"] and witness["deviation"] is None:
            out.write(
                f"witness: the spec is behind on it ({'; '.join(witness['behind'])}): update spec/imoje.yaml, or add "
                f"a spec/DEVIATIONS.md entry naming {target.name} and set its `deviation`\n"
            )
    return added


def main(argv: Sequence[str] | None = None, *, out: TextIO = sys.stdout) -> int:
    parser = argparse.ArgumentParser(prog="scripts/witness", description="File witness files into spec/witnesses/.")
    commands = parser.add_subparsers(dest="command", required=True)
    adding = commands.add_parser("add", help="judge and add witness files (e.g. scripts/record's)")
    adding.add_argument("files", nargs="+", type=Path)
    adding.add_argument("--corpus", type=Path, default=witnesses.CORPUS, help="(default: %(default)s)")
    args = parser.parse_args(argv)
    secrets = [os.environ.get("IMOJE_TOKEN", ""), os.environ.get("IMOJE_SERVICE_KEY", "")]
    try:
        add(args.files, args.corpus, secrets=secrets, out=out)
    except Refused as refused:
        out.write(_redact.text(f"witness: refused, nothing added: {refused}\n", *secrets))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
