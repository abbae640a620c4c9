"""Score a customer-satisfaction survey where every question may be skipped."""
from typing import List, Optional

from pydantic import BaseModel, conint

Score = conint(ge=1, le=5)


class Response(BaseModel):
    respondent: str
    ease_of_use: Optional[Score]
    support: Optional[Score]
    value_for_money: Optional[Score]
    comment: Optional[str]


def score_responses(raw: List[dict]) -> dict:
    """Average per question over the answers given, and the number of comments."""
    responses = [Response(**item) for item in raw]
    result = {}
    for question in ("ease_of_use", "support", "value_for_money"):
        answers = [getattr(r, question) for r in responses if getattr(r, question) is not None]
        result[question] = round(sum(answers) / len(answers), 2) if answers else None
    result["comments"] = sum(1 for r in responses if r.comment)
    return result
