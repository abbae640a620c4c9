"""Mailing-list lookups for a sports club, using ORM-enabled select()."""
from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class Member(Base):
    __tablename__ = "members"
    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False)
    email = Column(String(120))
    section = Column(String(30), nullable=False)


class MemberDirectory:
    def __init__(self, members):
        engine = create_engine("sqlite://")
        Base.metadata.create_all(engine)
        self.session = Session(engine)
        self.session.add_all(Member(**m) for m in members)
        self.session.commit()

    def mailing_list(self, section):
        """'Name <email>' lines for members of ``section`` who gave an address, sorted by name."""
        query = (
            select([Member.name, Member.email])
            .where(Member.section == section, Member.email.isnot(None))
            .order_by(Member.name)
        )
        return [f"{name} <{email}>" for name, email in self.session.execute(query)]

    def sections(self):
        query = select([Member.section, Member.id]).order_by(Member.section)
        counts = {}
        for section, _ in self.session.execute(query):
            counts[section] = counts.get(section, 0) + 1
        return counts
