from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.flaky_test_context import FlakyTestContext


T = TypeVar("T", bound="FlakyTestDetail")


@_attrs_define
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
        from ..models.flaky_test_context import FlakyTestContext  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        group = d.pop("group")

        runner = d.pop("runner")

        file = d.pop("file")

        labels = cast(list[str], d.pop("labels"))

        available_contexts = cast(list[str], d.pop("available_contexts"))

        selected_context = d.pop("selected_context")

        contexts = []
        _contexts = d.pop("contexts")
        for contexts_item_data in _contexts:
            contexts_item = FlakyTestContext.from_dict(contexts_item_data)

            contexts.append(contexts_item)

        flaky_test_detail = cls(
            id=id,
            name=name,
            group=group,
            runner=runner,
            file=file,
            labels=labels,
            available_contexts=available_contexts,
            selected_context=selected_context,
            contexts=contexts,
        )

        flaky_test_detail.additional_properties = d
        return flaky_test_detail

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
