from ..._runtime.enums import OpenStrEnum


class MemberRoleBindingSource(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    BITBUCKET = "bitbucket"
    GITHUB = "github"
    GITLAB = "gitlab"
    INHERITED_FROM_ORG_ROLE = "inherited_from_org_role"
    MANUALLY = "manually"
    SAML_JIT = "saml_jit"
    SCIM = "scim"
    UNKNOWN = "unknown"
    UNSPECIFIED = "unspecified"
