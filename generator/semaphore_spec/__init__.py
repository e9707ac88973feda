"""semaphore-spec: build, validate, publish and generate from the Semaphore OpenAPI sources."""

__version__ = "0.1.0"
