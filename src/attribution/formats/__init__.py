"""Output views of a Document. They never feed back into parsing."""
