from datetime import date

from solution import Shipment, ShipmentResponse, shipment_response


def test_delivered_shipment():
    shipment = Shipment("1Z999", "ups", date(2024, 6, 1), date(2024, 6, 3), ["picked up", "delivered"], 1250)
    response = shipment_response(shipment)
    assert isinstance(response, ShipmentResponse)
    assert response.tracking_code == "1Z999"
    assert response.delivered_on == date(2024, 6, 3)
    assert response.events == ["picked up", "delivered"]
    assert not hasattr(response, "cost_cents")


def test_pending_shipment_gets_transit_event():
    shipment = Shipment("JD0001", "dhl", date(2024, 6, 2), events=["label created"])
    response = shipment_response(shipment)
    assert response.delivered_on is None
    assert response.events == ["label created", "in transit"]
    assert shipment.events == ["label created"]
