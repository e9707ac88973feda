"""Load models, API modules and runtime names on first use (PEP 562).

`import semaphoreci_openapi.v1alpha` used to import every model and every API module
(about three times the cost of `import httpx`). Generated `__init__` modules now
declare their names with `if TYPE_CHECKING:` imports, which type checkers read, and
install `lazy_names`' `__getattr__`/`__dir__`, which import a name's module the first
time the name is read. Client methods reach their operation modules through
`LazyModule`. Only the standard library is imported here.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any


def lazy_names(
    package: str, names: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """`__getattr__` and `__dir__` for `package` whose `names` (public name -> module,
    relative to the package, e.g. `.agent` or `.._runtime.retry`) load on first use.

    A loaded name is stored in the package's namespace, so later reads cost nothing.
    """

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *names})

    return __getattr__, __dir__


class LazyModule(ModuleType):
    """Stands for a module until one of its attributes is read, then imports it; every
    attribute read is kept on the stand-in, so calls after the first are direct."""

    def __init__(self, name: str) -> None:
        super().__init__(name)

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)  # copy, pickle and the like probe dunders
        value = getattr(importlib.import_module(self.__name__), attribute)
        setattr(self, attribute, value)
        return value
