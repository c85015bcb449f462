"""The columns of every output table and their dtypes, declared once.

Each stage builds its rows as dicts and types them with :func:`typed_frame`; ``COLUMNS`` of a
stage, the dtype tests and a Dask ``meta`` all come from these declarations.

Example:
    >>> from saidvsdone import schema
    >>> frame = schema.typed_frame([], schema.QUOTES)
    >>> list(frame.columns)[:3], str(frame["statement_date"].dtype), str(frame["kind"].dtype)
    (['article_id', 'quote_id', 'speaker'], 'datetime64[ns]', 'category')
"""

from __future__ import annotations

import pandas as pd
from pandas.api.types import pandas_dtype

__all__ = ["QUOTES", "CLAIMS", "FACTS", "typed_frame", "columns"]

#: column → dtype ("str", "int64", "float64", "bool", "datetime64[ns]", or a tuple of categories)
QUOTES: dict[str, object] = {
    "article_id": "str", "quote_id": "str", "speaker": "str", "speaker_as_written": "str",
    "attribution": "str", "cue": "str", "text": "str", "kind": ("direct", "partial", "scare"),
    "statement_date": "datetime64[ns]", "date_basis": "str", "start": "int64", "end": "int64",
    "sentence": "str", "sentence_start": "int64", "sentence_end": "int64", "paragraph": "int64",
    "caption": "bool", "published": "datetime64[ns]", "via": "str",
}
CLAIMS: dict[str, object] = {
    "article_id": "str", "claim_id": "str", "speaker": "str", "speaker_as_written": "str",
    "attribution": "str", "cue": "str", "claim_type": "str", "topics": "str", "text": "str",
    "quoted_words": "str", "phrase": "str", "pattern": "str", "found_in": "str", "headline": "bool",
    "carried": "bool", "negated": "bool", "quote_id": "str", "statement_date": "datetime64[ns]",
    "date_basis": "str", "undated": "bool", "start": "int64", "end": "int64", "phrase_start": "int64",
    "phrase_end": "int64", "sentence": "str", "published": "datetime64[ns]", "via": "str",
}
FACTS: dict[str, object] = {
    "article_id": "str", "fact_id": "str", "sentence": "str", "start": "int64", "end": "int64",
    "phrase": "str", "quantity": "float64", "quantity_high": "float64", "quantity_text": "str",
    "qualifier": "str", "unit": "str", "area_km2": "float64", "length_km": "float64", "category": "str",
    "actor": "str", "change": "str", "place": "str", "period_text": "str",
    "period_start": "datetime64[ns]", "period_end": "datetime64[ns]", "reported_date": "datetime64[ns]",
    "source_attribution": "str", "modality": "str", "flag": "str", "bound": "str", "restates": "str",
    "conversion_of": "str", "speaker": "str", "speaker_as_written": "str", "attribution": "str",
    "published": "datetime64[ns]", "via": "str",
}


def columns(declared: dict[str, object]) -> tuple[str, ...]:
    return tuple(declared)


def typed_frame(rows: list[dict], declared: dict[str, object]) -> pd.DataFrame:
    """``rows`` as a frame with exactly the declared columns, in order, each of its dtype."""
    if not rows:  # a call that found nothing (a short text): a copy of the typed empty table, typed once (≈5 ms a call)
        key = tuple(declared.items())
        empty = _empty.get(key)
        if empty is None:
            empty = _empty[key] = _typed(rows, declared)
        return empty.copy()
    return _typed(rows, declared)


def _typed(rows: list[dict], declared: dict[str, object]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(declared))
    typed = {}   # the typed columns make one new frame (setting them one by one re-split its blocks each time)
    for (column, dtype), (_, values) in zip(declared.items(), frame.items()):
        if isinstance(dtype, tuple):
            typed[column] = pd.Categorical(values, categories=list(dtype))
        elif dtype == "datetime64[ns]":
            typed[column] = pd.to_datetime(values).astype("datetime64[ns]")
        elif dtype == "float64":
            typed[column] = pd.to_numeric(values, errors="coerce").astype("float64")
        else:
            typed[column] = values.astype(_dtypes.get(dtype) or _dtypes.setdefault(dtype, pandas_dtype(dtype)))
    return pd.DataFrame(typed, index=frame.index, columns=list(declared), copy=False)


_empty: dict = {}    # the declared columns → their typed empty table
_dtypes: dict = {}   # "str", "int64", "bool" → the dtype object (looking a name up in pandas' registry is slow)
