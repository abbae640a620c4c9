import pytest
from pydantic import ValidationError

from solution import Theme


def test_defaults():
    theme = Theme(name="light")
    assert theme.css_variables() == (
        ":root {\n  --background: #ffffff;\n  --text: #1a1a1a;\n  --accent: #0066cc;\n}"
    )
    assert not theme.is_dark()


def test_custom_dark_theme():
    theme = Theme(name="night", background="#10141A", text="#E0E0E0", accent="#FFAA00")
    assert theme.is_dark()
    assert "--background: #10141a;" in theme.css_variables()


@pytest.mark.parametrize("value", ["#fff", "ffffff", "#gggggg", "#1234567", "red", "#12345g"])
@pytest.mark.parametrize("field", ["background", "text", "accent"])
def test_invalid_colours(field, value):
    with pytest.raises(ValidationError):
        Theme(name="bad", **{field: value})
