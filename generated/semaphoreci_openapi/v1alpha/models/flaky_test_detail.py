from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list

if TYPE_CHECKING:
    from ..models.flaky_test_context import FlakyTestContext


T = TypeVar("T", bound="FlakyTestDetail")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "group",
        "runner",
        "file",
        "labels",
        "available_contexts",
        "selected_context",
        "contexts",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "group",
        "runner",
        "file",
        "labels",
        "available_contexts",
        "selected_context",
        "contexts",
    }
)


@lazy_fields(
    ("id", "id"),
    ("name", "name"),
    ("group", "group"),
    ("runner", "runner"),
    ("file", "file"),
    ("selected_context", "selected_context"),
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class FlakyTestDetail:
    """One flaky test with its figures per context (branch). `group`, `runner` and `file` are `""` when the report does not
    say.

    """

    id: str
    name: str
    group: str
    runner: str
    file: str
    labels: list[str]
    available_contexts: list[str]
    selected_context: str
    contexts: list[FlakyTestContext]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        group = self.group

        runner = self.runner

        file = self.file

        labels = self.labels

        available_contexts = self.available_contexts

        selected_context = self.selected_context

        contexts = []
        for contexts_item_data in self.contexts:
            contexts_item = contexts_item_data.to_dict()

            contexts.append(contexts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "group": group,
                "runner": runner,
                "file": file,
                "labels": labels,
                "available_contexts": available_contexts,
                "selected_context": selected_context,
                "contexts": contexts,
            }
        )

        return field_dict

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
    def _decode_labels(d: Mapping[str, Any]) -> list[str]:
        labels = cast(list[str], d["labels"])

        return labels

    @staticmethod
    def _decode_available_contexts(d: Mapping[str, Any]) -> list[str]:
        available_contexts = cast(list[str], d["available_contexts"])

        return available_contexts

    @staticmethod
    def _decode_contexts(d: Mapping[str, Any]) -> list[FlakyTestContext]:
        from ..models.flaky_test_context import FlakyTestContext  # noqa: PLC0415

        contexts = model_list(FlakyTestContext, d["contexts"])

        return contexts

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
