from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_project_type_0 import SimpleProjectType0


T = TypeVar("T", bound="DashboardSpecWidgetsItemFilters")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset({})
_KNOWN: frozenset[str] = frozenset(
    {
        "project",
        "reference",
        "pipeline_file",
    }
)


@lazy_fields(
    ("reference", "reference"),
    ("pipeline_file", "pipeline_file"),
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class DashboardSpecWidgetsItemFilters:
    project: None | SimpleProjectType0 | Unset = UNSET
    """ A project by id and name. """
    reference: str | Unset = UNSET
    """ Git reference, e.g. `refs/heads/master`. """
    pipeline_file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.simple_project_type_0 import SimpleProjectType0  # noqa: PLC0415

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, SimpleProjectType0):
            project = self.project.to_dict()

        else:
            project = self.project

        reference = self.reference

        pipeline_file = self.pipeline_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if reference is not UNSET:
            field_dict["reference"] = reference
        if pipeline_file is not UNSET:
            field_dict["pipeline_file"] = pipeline_file

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
    def _decode_project(d: Mapping[str, Any]) -> None | SimpleProjectType0 | Unset:
        from ..models.simple_project_type_0 import SimpleProjectType0  # noqa: PLC0415

        def _parse_project(data: object) -> None | SimpleProjectType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_simple_project_type_0 = SimpleProjectType0.from_dict(data)

                return componentsschemas_simple_project_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimpleProjectType0 | Unset, data)

        project = _parse_project(d.get("project", UNSET))

        return project

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
