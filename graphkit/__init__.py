"""graphkit: news documents to an actor-relationship knowledge graph."""

__version__ = "0.1.0"
