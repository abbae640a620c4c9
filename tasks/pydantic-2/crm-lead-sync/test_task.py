from datetime import date

import pytest
from pydantic import ValidationError

from solution import Lead, merge_leads

CRM = [
    {"leadId": 7, "companyName": "Nordwind GmbH", "contactEmail": "ops@nordwind.de", "dealValue": "12500"},
    {"leadId": 3, "companyName": "Acme", "contactEmail": "buy@acme.test", "nextCall": "2024-09-02"},
]
LOCAL = [
    {"lead_id": 7, "company_name": "Nordwind GmbH", "contact_email": "anna@nordwind.de", "deal_value": 14000},
    {"lead_id": 11, "company_name": "Blue Lake", "contact_email": "hi@bluelake.io"},
]


def test_both_key_styles_are_merged():
    leads = merge_leads(CRM, LOCAL)
    assert list(leads) == [3, 7, 11]
    assert all(isinstance(lead, Lead) for lead in leads.values())
    assert leads[7].contact_email == "anna@nordwind.de"
    assert leads[7].deal_value == 14000.0
    assert leads[3].next_call == date(2024, 9, 2)
    assert leads[11].deal_value == 0.0
    assert leads[11].next_call is None


def test_only_local_rows():
    leads = merge_leads([], [{"lead_id": 1, "company_name": "Solo", "contact_email": "s@o.lo", "next_call": "2025-01-15"}])
    assert leads[1].company_name == "Solo"
    assert leads[1].next_call == date(2025, 1, 15)


def test_model_accepts_field_names_and_aliases():
    by_name = Lead(lead_id=5, company_name="X", contact_email="x@x.x")
    by_alias = Lead(leadId=5, companyName="X", contactEmail="x@x.x")
    assert by_name == by_alias


def test_incomplete_rows_rejected():
    with pytest.raises(ValidationError):
        merge_leads([], [{"lead_id": 2, "company_name": "No mail"}])
