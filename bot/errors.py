"""TEMP SHIM until the real module lands."""
from __future__ import annotations
from dataclasses import dataclass

class WsisBotError(Exception):
    pass

@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    col: int
    message: str
    fix: str
    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}\n  {self.fix}"

class KnowledgeError(WsisBotError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

class IndexBuildError(WsisBotError):
    pass

class ConfigError(WsisBotError):
    def __init__(self, message: str, *, name: str, fix: str = "") -> None:
        super().__init__(f"{message}\n  {fix}" if fix else message)
        self.name = name
        self.fix = fix
