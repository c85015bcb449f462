"""The verb of each stage, for a helpful message when a reader calls another stage's verb (``facts.find``: the
facts stage's verb is ``facts.extract``) instead of a bare ``AttributeError``."""

from __future__ import annotations

#: each stage module's verb over a table of articles
STAGE_VERBS = {"quotes": "extract", "claims": "find", "facts": "extract"}


def missing(module: str, name: str) -> AttributeError:
    """The error for ``module.name`` that does not exist, naming the stage's verb when ``name`` is another stage's.

    Example:
        >>> str(missing("saidvsdone.facts", "find"))
        "saidvsdone.facts has no 'find': its verb is facts.extract(articles) (quotes.extract, claims.find, facts.extract)"
    """
    stage = module.rsplit(".", 1)[-1]
    if stage in STAGE_VERBS and name in set(STAGE_VERBS.values()) - {STAGE_VERBS[stage]}:
        verbs = ", ".join(f"{s}.{v}" for s, v in STAGE_VERBS.items())
        return AttributeError(f"{module} has no {name!r}: its verb is {stage}.{STAGE_VERBS[stage]}(articles) ({verbs})")
    return AttributeError(f"module {module!r} has no attribute {name!r}")
