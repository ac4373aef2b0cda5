"""`scripts/witness add` refuses typed and files atomically: an unreadable, hostile or
oversized input is a refusal naming it (exit 1, never a traceback); every input is judged and
every target checked before anything is written; nothing is written through a symlink or
outside the corpus, and names keep to a safe set."""

import io
import os
from pathlib import Path

import pytest

from contract_tests import witness_cli
from tests.paths import ROOT

GOOD = ROOT / "spec" / "witnesses" / "routegroup-get-payment-without-status.json"


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    return corpus


def _copy(tmp_path: Path, name: str) -> Path:
    copied = tmp_path / name
    copied.write_bytes(GOOD.read_bytes())
    return copied


def _refused(paths: list[Path], corpus: Path) -> str:
    out = io.StringIO()
    assert witness_cli.main(["add", *map(str, paths), "--corpus", str(corpus)], out=out) == 1
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("latin.json", b'{"what": "answer", "x": "\xff"}', "not UTF-8"),
        ("list.json", b"[1, 2]", "not a JSON object"),
        ("empty.json", b"", "not JSON"),
        ("huge.json", b" " * (witness_cli.MAX_WITNESS_BYTES + 1), "larger than"),
    ],
)
def test_a_hostile_input_is_a_typed_refusal_and_nothing_is_written(
    tmp_path: Path, name: str, content: bytes, said: str
) -> None:
    hostile = tmp_path / name
    hostile.write_bytes(content)
    corpus = _corpus(tmp_path)
    assert said in _refused([hostile], corpus)
    assert list(corpus.iterdir()) == []


def test_a_missing_file_or_a_directory_is_a_refusal(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    assert "cannot be read" in _refused([tmp_path / "nowhere.json"], corpus)
    assert "cannot be read" in _refused([tmp_path], corpus)


def test_all_or_nothing_when_the_second_target_exists(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "b.json").write_text("{}", encoding="utf-8")
    said = _refused([_copy(tmp_path, "a.json"), _copy(tmp_path, "b.json")], corpus)
    assert "exists" in said and sorted(path.name for path in corpus.iterdir()) == ["b.json"]


def test_nothing_is_written_through_a_symlink_or_under_an_unsafe_name(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    outside = tmp_path / "outside.json"
    os.symlink(outside, corpus / "a.json")  # dangling: writing through it would land outside
    assert "exists" in _refused([_copy(tmp_path, "a.json")], corpus)
    assert not outside.exists()
    unsafe = tmp_path / "odd name;rm.json"
    unsafe.write_bytes(GOOD.read_bytes())
    assert "named with letters" in _refused([unsafe], corpus)
    linked = tmp_path / "linked-corpus"
    os.symlink(corpus, linked)
    assert "not the corpus directory" in _refused([_copy(tmp_path, "c.json")], linked)


def test_a_good_file_is_written_whole_with_no_scratch_left(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out = io.StringIO()
    assert witness_cli.main(["add", str(_copy(tmp_path, "good.json")), "--corpus", str(corpus)], out=out) == 0
    assert [path.name for path in corpus.iterdir()] == ["good.json"]
