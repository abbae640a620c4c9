"""UI strings per locale, loaded from the translators' JSON file: {locale: {key: text}}."""
from typing import Dict

from pydantic import RootModel


class Catalog(RootModel[Dict[str, Dict[str, str]]]):
    def locales(self):
        return sorted(self.root)

    def text(self, key: str, locale: str, default_locale: str = "en", **params) -> str:
        """Translated text for ``key``: region locale, then its language, then the default."""
        candidates = [locale, locale.split("-")[0], default_locale]
        for candidate in candidates:
            messages = self.root.get(candidate, {})
            if key in messages:
                return messages[key].format(**params)
        return key

    def missing(self, locale: str, reference_locale: str = "en"):
        return sorted(set(self.root[reference_locale]) - set(self.root.get(locale, {})))


def load_catalog(data: dict) -> Catalog:
    return Catalog.model_validate(data)
