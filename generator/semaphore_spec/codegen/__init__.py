"""What stage 6 (stages/generate.py) needs beyond openapi-python-client: the Python-only
document transform (`timestamps`), what our templates know (`context`, `template_helpers`)
and the distribution's own files (`package`)."""
