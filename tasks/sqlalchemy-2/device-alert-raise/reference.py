"""Raise alerts for IoT devices whose readings leave their configured range."""
from sqlalchemy import Column, Float, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()


class Device(Base):
    __tablename__ = "devices"
    id = Column(Integer, primary_key=True)
    serial = Column(String(20), nullable=False, unique=True)
    low = Column(Float, nullable=False)
    high = Column(Float, nullable=False)
    alerts = relationship("Alert", back_populates="device", order_by="Alert.id")


class Alert(Base):
    __tablename__ = "alerts"
    id = Column(Integer, primary_key=True)
    device_id = Column(ForeignKey("devices.id"), nullable=False)
    value = Column(Float, nullable=False)
    kind = Column(String(4), nullable=False)
    device = relationship(Device, back_populates="alerts")


class AlertMonitor:
    def __init__(self, url="sqlite://"):
        self.engine = create_engine(url)
        Base.metadata.create_all(self.engine)

    def check(self, readings):
        """``readings``: [(serial, value)]. Store an alert for each out-of-range value; return the count."""
        raised = 0
        with Session(self.engine) as session:
            devices = {d.serial: d for d in session.scalars(select(Device))}
            for serial, value in readings:
                device = devices[serial]
                if device.low <= value <= device.high:
                    continue
                alert = Alert(value=value, kind="LOW" if value < device.low else "HIGH")
                alert.device = device
                session.add(alert)
                raised += 1
            session.commit()
        return raised

    def history(self, serial):
        with Session(self.engine) as session:
            device = session.scalars(select(Device).filter_by(serial=serial)).one()
            return [(a.kind, a.value) for a in device.alerts]
