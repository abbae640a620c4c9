"""Sync sales leads between the CRM's camelCase API and our internal lead store."""
from datetime import date
from typing import Dict, List, Optional

from pydantic import BaseModel, ConfigDict, Field


class Lead(BaseModel):
    lead_id: int = Field(alias="leadId")
    company_name: str = Field(alias="companyName")
    contact_email: str = Field(alias="contactEmail")
    deal_value: float = Field(0.0, alias="dealValue")
    next_call: Optional[date] = Field(None, alias="nextCall")

    model_config = ConfigDict(populate_by_name=True)


def merge_leads(crm_payload: List[dict], local_rows: List[dict]) -> Dict[int, Lead]:
    """CRM payload items use camelCase keys; local rows use our snake_case column names.

    Local rows win when both sides know the same lead id.
    """
    leads: Dict[int, Lead] = {}
    for item in crm_payload:
        lead = Lead(**item)
        leads[lead.lead_id] = lead
    for row in local_rows:
        lead = Lead(**row)
        leads[lead.lead_id] = lead
    return dict(sorted(leads.items()))
