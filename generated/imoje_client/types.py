"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from types import NoneType
from typing import IO, BinaryIO, Generic, TypeAlias, TypeVar

from attrs import define

from ._request_id import request_id as _request_id

# An optional field the answer leaves out reads as None, as stripe-python's and
# openai-python's do: `link.status` is `Status | None`, never a sentinel to test for. The
# generated code still writes `X | Unset` and `isinstance(x, Unset)`: Unset *is* NoneType,
# so to mypy and at run time these are `X | None` and `x is None`. A null an answer sent
# explicitly comes back out of `to_dict()` as null all the same (the models remember which
# keys came as null); a model built in code leaves its None fields out of what it sends.
Unset: TypeAlias = NoneType  # type: ignore[nonetype-type]
UNSET: Unset = None

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None

    @property
    def request_id(self) -> str | None:
        """The id imoje's answer gives the request, when its headers carry one."""
        return _request_id(self.headers)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
