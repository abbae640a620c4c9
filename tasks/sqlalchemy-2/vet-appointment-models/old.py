"""Appointment book for a veterinary practice."""
from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import relationship

Base = declarative_base()


class Pet(Base):
    __tablename__ = "pets"
    id = Column(Integer, primary_key=True)
    name = Column(String(40), nullable=False)
    species = Column(String(20), nullable=False)
    appointments = relationship("Appointment", back_populates="pet", order_by="Appointment.slot")


class Appointment(Base):
    __tablename__ = "appointments"
    __table_args__ = (UniqueConstraint("vet", "slot"),)
    id = Column(Integer, primary_key=True)
    pet_id = Column(ForeignKey("pets.id"), nullable=False)
    vet = Column(String(40), nullable=False)
    slot = Column(String(16), nullable=False)
    pet = relationship(Pet, back_populates="appointments")


def book_appointment(session, pet, vet, slot):
    """Book ``pet`` with ``vet`` at ``slot`` ('YYYY-MM-DD HH:MM'); refuse double bookings."""
    taken = session.query(Appointment).filter_by(vet=vet, slot=slot).first()
    if taken is not None:
        raise ValueError(f"{vet} is busy at {slot} with {taken.pet.name}")
    appointment = Appointment(pet=pet, vet=vet, slot=slot)
    session.add(appointment)
    session.commit()
    return appointment
