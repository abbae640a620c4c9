"""Catalogue import pipeline: tidy product codes and names, then de-duplicate."""
import pandas as pd


def _tidy_codes(codes):
    return codes.str.strip().str.upper().str.replace(r"[\s_/]+", "-")


def _tidy_names(names):
    return names.str.strip().str.replace(r"\s{2,}", " ").str.title()


def clean_catalog(raw):
    """Return a frame with canonical ``code``/``name``, first occurrence of each code kept."""
    frame = pd.DataFrame(raw, columns=["code", "name", "price"])
    frame = frame.dropna(subset=["code"])
    frame["code"] = _tidy_codes(frame["code"])
    frame["name"] = _tidy_names(frame["name"])
    frame = frame.drop_duplicates(subset="code", keep="first")
    return frame.sort_values("code").reset_index(drop=True)
