"""The build stages, one module each, in the order the build runs them."""
