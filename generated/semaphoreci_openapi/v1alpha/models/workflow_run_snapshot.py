from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="WorkflowRunSnapshot")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "project_id",
        "snapshot_archive",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "project_id",
        "snapshot_archive",
        "label",
        "request_token",
    }
)


@lazy_fields(
    ("project_id", "project_id"),
    ("label", "label"),
    ("request_token", "request_token"),
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class WorkflowRunSnapshot:
    """A run of an uploaded snapshot of a working tree instead of a git reference, as the `sem` CLI's `create workflow`
    sends it: form fields and one file part.

    """

    project_id: str
    snapshot_archive: File
    """ The working tree as a gzipped tar archive. """
    label: str | Unset = UNSET
    """ The snapshot's label, shown where a branch name would be (the CLI sends `snapshot` by default). """
    request_token: str | Unset = UNSET
    """ A fresh UUID per upload, as the CLI sends it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        snapshot_archive = self.snapshot_archive.to_tuple()

        label = self.label

        request_token = self.request_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "snapshot_archive": snapshot_archive,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if request_token is not UNSET:
            field_dict["request_token"] = request_token

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("project_id", (None, str(self.project_id).encode(), "text/plain")))

        files.append(("snapshot_archive", self.snapshot_archive.to_tuple()))

        if not isinstance(self.label, Unset):
            files.append(("label", (None, str(self.label).encode(), "text/plain")))

        if not isinstance(self.request_token, Unset):
            files.append(("request_token", (None, str(self.request_token).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of the received JSON object `src_dict`: a `KeyError` now if a required
        key is missing; each field is decoded from `src_dict` when first read
        (`ModelDecodeError` if it does not fit the spec). `src_dict` is kept, not copied:
        do not change it afterwards (pass a `copy.deepcopy` if you must)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(cls, src_dict)
        if not src_dict.keys() >= _REQUIRED:
            raise missing_keys(cls, src_dict, _REQUIRED)
        model = cls.__new__(cls)
        _setattr(model, RAW, src_dict)  # past the models' __setattr__ (decoding.py)
        return model

    @staticmethod
    def _decode_snapshot_archive(d: Mapping[str, Any]) -> File:
        snapshot_archive = File(payload=BytesIO(d["snapshot_archive"]))

        return snapshot_archive

    @staticmethod
    def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in d.items() if key not in _KNOWN}

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
