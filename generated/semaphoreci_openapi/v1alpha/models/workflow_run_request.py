from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_run_request_parameters import WorkflowRunRequestParameters


T = TypeVar("T", bound="WorkflowRunRequest")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "project_id",
        "reference",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "project_id",
        "reference",
        "commit_sha",
        "pipeline_file",
        "parameters",
    }
)


@lazy_fields(
    ("project_id", "project_id"),
    ("reference", "reference"),
    ("commit_sha", "commit_sha"),
    ("pipeline_file", "pipeline_file"),
    converted=(
        (
            "parameters",
            "parameters",
            "workflow_run_request_parameters:WorkflowRunRequestParameters",
        ),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class WorkflowRunRequest:
    """Parameters of a new workflow run. The server also reads them from the query string."""

    project_id: str
    """ ID of the project. Effectively required: without it the call fails with 404 (or 500), never with a 400. """
    reference: str
    """ Git reference to run: `refs/heads/<branch>`, `refs/tags/<tag>` or `refs/pull/<number>`. A bare name is taken
    as a branch name (`refs/heads/<name>`). """
    commit_sha: str | Unset = UNSET
    """ Commit to run; the head of the reference when omitted. """
    pipeline_file: str | Unset = ".semaphore/semaphore.yml"
    """ Path of the pipeline YAML file in the repository. """
    parameters: WorkflowRunRequestParameters | Unset = UNSET
    """ Environment variables for the run, as name-to-value pairs (undocumented). Values must be strings; other JSON
    types make the server fail with 500. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        reference = self.reference

        commit_sha = self.commit_sha

        pipeline_file = self.pipeline_file

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "reference": reference,
            }
        )
        if commit_sha is not UNSET:
            field_dict["commit_sha"] = commit_sha
        if pipeline_file is not UNSET:
            field_dict["pipeline_file"] = pipeline_file
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

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
