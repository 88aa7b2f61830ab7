"""Tools for testing parsers and plugins: Hypothesis strategies and a pytest plugin.

Needs the ``testing`` extra: ``pip install 'attribution[testing]'``.
"""
