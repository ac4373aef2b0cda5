"""`scripts/witness add FILE...`: file witnesses (the recorder's, or written by hand) into the
corpus, spec/witnesses/, after judging each as the corpus's tests will: the client reads it,
nothing in it breaks the contract, and its `behind` list is what the spec does not know yet
today. A file that fails is refused, naming why (exit 1); nothing is half-added: every input
is judged, and every target checked, before the first is written. Each is written to a
temporary file in the corpus, then renamed into place: never through a symlink, never outside
the corpus, under a name of letters, digits, `.`, `_` and `-` only."""

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from imoje_client import ImojeClientError, _redact

import imoje_spec
from contract_tests import witnesses


class Refused(ValueError):
    pass


# A witness is one answer or notification: far under the client's own answer cap.
MAX_WITNESS_BYTES = 8 * 1024 * 1024
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.json")


def _read(path: Path) -> str:
    """The file's text, or Refused naming why it cannot be read (missing, a directory, too
    large, not UTF-8): never a traceback."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_WITNESS_BYTES + 1)
    except OSError as exc:
        raise Refused(f"{path} cannot be read: {exc.strerror or type(exc).__name__}") from None
    if len(raw) > MAX_WITNESS_BYTES:
        raise Refused(f"{path} is larger than {MAX_WITNESS_BYTES} bytes: no witness is")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Refused(f"{path} is not UTF-8 (byte {exc.start})") from None


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
    text = _read(path)
    try:
        witness: dict[str, Any] = json.loads(text)
    except RecursionError:
        raise Refused(f"{path} is nested too deeply to be a witness") from None
    except ValueError as exc:
        raise Refused(f"{path} is not JSON: {_redact.text(str(exc), *secrets)}") from None
    if not isinstance(witness, dict):
        raise Refused(f"{path} is not a JSON object")
    # In the text as written and in every string as parsed (a `\u` or `\/` escape is the
    # same string once read), in any spelling of the one secret rule.
    try:
        secret_inside = _holds(text, secrets) or any(_holds(value, secrets) for value in _strings(witness))
    except RecursionError:
        raise Refused(f"{path} is nested too deeply to be a witness") from None
    if secret_inside:
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
    except (ImojeClientError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        # a malformed file, or the client refusing it
        raise Refused(f"{path}: the client cannot read it: {type(exc).__name__}: {exc}") from None
    if broken:
        raise Refused(f"{path} breaks the contract: " + "; ".join(str(problem) for problem in broken))
    return {**witness, "behind": behind, "deviation": witness.get("deviation")}


def add(paths: Sequence[Path], corpus: Path, *, secrets: Sequence[str] = (), out: TextIO = sys.stdout) -> list[Path]:
    document = imoje_spec.load()
    ready = [(path, checked(path, document, secrets)) for path in paths]  # all judged before any is filed
    if not corpus.is_dir() or corpus.is_symlink():
        raise Refused(f"{corpus} is not the corpus directory (a directory, not a symlink)")
    planned: list[tuple[Path, Path, str, dict[str, Any]]] = []
    for path, witness in ready:
        if not SAFE_NAME.fullmatch(path.name):
            raise Refused(f"{path.name}: a witness is named with letters, digits, `.`, `_` and `-`, ending in .json")
        target = corpus / path.name
        if target.exists() or target.is_symlink():
            raise Refused(f"{target} exists: rename {path} first")
        if any(target == other for _, other, _, _ in planned):
            raise Refused(f"{path.name} is given twice")
        written = json.dumps(witness, indent=2, ensure_ascii=False) + "\n"
        if _holds(written, secrets):  # what `behind` added, or a spelling only the writing joins
            raise Refused(f"{path} would be filed holding the token or the shop key")
        planned.append((path, target, written, witness))
    added = []
    for _path, target, written, witness in planned:
        _write_into(corpus, target, written)
        added.append(target)
        out.write(f"witness: added {target}\n")
        if witness["behind"] and witness["deviation"] is None:
            out.write(
                f"witness: the spec is behind on it ({'; '.join(witness['behind'])}): update spec/imoje.yaml, or add "
                f"a spec/DEVIATIONS.md entry naming {target.name} and set its `deviation`\n"
            )
    return added


def _write_into(corpus: Path, target: Path, text: str) -> None:
    """`text` as `target`, whole or not at all: a temporary file in the corpus, renamed into
    place (a rename replaces a symlink put there meanwhile, never follows it)."""
    handle, scratch = tempfile.mkstemp(dir=corpus, prefix=".witness-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(scratch, target)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise


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
