"""Catalogue of open-source repositories, with a shared base class for all models."""
from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import Session, declared_attr


class CatalogueModel:
    @declared_attr
    def __tablename__(cls):
        return cls.__name__.lower() + "s"

    id = Column(Integer, primary_key=True)

    def to_dict(self):
        return {c.name: getattr(self, c.name) for c in self.__table__.columns if c.name != "id"}


Base = declarative_base(cls=CatalogueModel)


class Repo(Base):
    full_name = Column(String(140), nullable=False, unique=True)
    language = Column(String(30))
    stars = Column(Integer, nullable=False, default=0)


class RepoCatalogue:
    def __init__(self):
        self.session = Session(create_engine("sqlite://"))
        Base.metadata.create_all(self.session.get_bind())

    def add(self, full_name, language=None, stars=0):
        self.session.add(Repo(full_name=full_name, language=language, stars=stars))
        self.session.commit()

    def top(self, n=3, language=None):
        query = select(Repo).order_by(Repo.stars.desc(), Repo.full_name).limit(n)
        if language:
            query = query.where(Repo.language == language)
        return [repo.to_dict() for repo in self.session.scalars(query)]
