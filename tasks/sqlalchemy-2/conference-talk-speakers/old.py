"""Conference programme: talks and their (possibly several) speakers."""
from sqlalchemy import Column, ForeignKey, Integer, String, Table, create_engine, select
from sqlalchemy import orm

Base = orm.declarative_base()

talk_speakers = Table(
    "talk_speakers",
    Base.metadata,
    Column("talk_id", ForeignKey("talks.id"), primary_key=True),
    Column("speaker_id", ForeignKey("speakers.id"), primary_key=True),
)


class Speaker(Base):
    __tablename__ = "speakers"
    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False, unique=True)
    talks = orm.relation("Talk", secondary=talk_speakers, back_populates="speakers")


class Talk(Base):
    __tablename__ = "talks"
    id = Column(Integer, primary_key=True)
    title = Column(String(200), nullable=False)
    room = Column(String(20), nullable=False)
    speakers = orm.relation(Speaker, secondary=talk_speakers, back_populates="talks", order_by=Speaker.name)


class Programme:
    def __init__(self):
        self.session = orm.Session(create_engine("sqlite://"))
        Base.metadata.create_all(self.session.get_bind())

    def _speaker(self, name):
        found = self.session.scalars(select(Speaker).filter_by(name=name)).first()
        return found or Speaker(name=name)

    def add_talk(self, title, room, speaker_names):
        talk = Talk(title=title, room=room, speakers=[self._speaker(n) for n in speaker_names])
        self.session.add(talk)
        self.session.commit()

    def agenda_for(self, name):
        speaker = self.session.scalars(select(Speaker).filter_by(name=name)).first()
        return [] if speaker is None else sorted((t.room, t.title) for t in speaker.talks)

    def line_up(self, title):
        talk = self.session.scalars(select(Talk).filter_by(title=title)).one()
        return [s.name for s in talk.speakers]
