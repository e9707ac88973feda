"""Derived artifacts of the published specification.

The build's publish stage writes the bundled OpenAPI 3.1 document; the modules here
derive the other forms from it, each a pure function of its input:

  walk.py             typed traversal of an OpenAPI document (which node is a schema,
                      a parameter, a response ...), shared by the transformations
  downgrade.py        OpenAPI 3.1 -> 3.0.3, with notes on anything 3.0 cannot say
  dereference.py      every `$ref` inlined (recursion kept as a `$ref`, with a note)
  fixtures_bundle.py  the recorded exchanges as one file keyed by operationId
  schema_view.py      short human-readable summaries of schemas (reference pages)
"""
