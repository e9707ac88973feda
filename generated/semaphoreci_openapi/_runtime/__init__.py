"""The hand-written runtime of the generated Semaphore clients.

`semaphore-spec build` copies this folder verbatim into `semaphoreci_openapi/_runtime/`;
the generated surface packages (`semaphoreci_openapi.v1`, ...) import it. Everything a
surface differs in (servers, auth, pagination styles, operations) reaches it as data
from the generated code, which in turn takes it from `spec/surfaces.yaml` and the spec:
nothing here names a base URL, an auth scheme or a pagination style.

The public names are re-exported by `semaphoreci_openapi`, `semaphoreci_openapi.errors` and
`semaphoreci_openapi.testing`; import them from there.
"""
