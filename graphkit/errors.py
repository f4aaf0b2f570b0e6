"""The one exception type a user sees: its message is a single line that says what to do."""


class GraphkitError(Exception):
    """A user-facing error; the CLI prints ``Error: <message>`` and exits 1."""
