"""Temporary placeholder: replaced by the real pipeline."""
from attribution.model import Document


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, *, plugins=None, strict=False):
        self.strict = strict

    def parse(self, text, *, url=None, outlet=None):
        return Document(text=text, url=url, outlet=outlet)


def parse(text, *, url=None, outlet=None, strict=False):
    return Parser(strict=strict).parse(text, url=url, outlet=outlet)
