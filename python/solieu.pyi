"""solieu: the figures, outline and checks of Vietnamese and English articles.

The document `analyze` returns is the JSON document of solieu's
docs/FORMAT.md as dicts and lists (its TypeScript declarations, generated
from the Rust types, are in the npm package's solieu.d.ts)."""

from typing import Any, Literal, Optional, TypedDict

__version__: str

#: The keys of each row of `figures`, in the page's export order.
COLUMNS: list[str]

class Block(TypedDict):
    start: int
    end: int
    kind: str

class HtmlText(TypedDict):
    text: str
    blocks: list[Block]

Language = Literal["vi", "en", "und"]

def analyze(
    text: str, language: Optional[Language] = None, blocks: Optional[list[Block]] = None
) -> dict[str, Any]:
    """The document of `text`; raises ValueError for an unknown language or block."""

def figures(
    text: str, language: Optional[Language] = None, blocks: Optional[list[Block]] = None
) -> list[dict[str, Any]]:
    """One dict a figure, keyed by COLUMNS: `number` and `high` floats, `table`
    and `id` ints, the rest strings; an empty cell is None."""

def html_to_text(html: str) -> HtmlText:
    """An HTML page or fragment as the page reads a paste of it."""
