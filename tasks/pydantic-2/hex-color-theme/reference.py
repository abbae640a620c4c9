"""Colour themes for the web dashboard, loaded from user settings."""
from pydantic import BaseModel, Field

HEX = r"^#[0-9a-fA-F]{6}$"


class Theme(BaseModel):
    name: str
    background: str = Field("#ffffff", pattern=HEX)
    text: str = Field("#1a1a1a", pattern=HEX)
    accent: str = Field("#0066cc", pattern=HEX)

    def css_variables(self) -> str:
        lines = [f"--{key}: {getattr(self, key).lower()};" for key in ("background", "text", "accent")]
        return ":root {\n  " + "\n  ".join(lines) + "\n}"

    def is_dark(self) -> bool:
        red, green, blue = (int(self.background[i : i + 2], 16) for i in (1, 3, 5))
        return 0.299 * red + 0.587 * green + 0.114 * blue < 128
