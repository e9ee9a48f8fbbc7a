"""The one error type a technician sees when a settings file is wrong."""


class ConfigError(Exception):
    """A settings or secrets file that cannot be used, with one line per problem.

    Each problem names the file, the key, the value found and what is allowed, because the person
    reading it is a technician at a kiosk with no debugger and perhaps no network.
    """

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}: {p}" for p in problems))
