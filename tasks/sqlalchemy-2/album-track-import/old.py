"""Import track listings into a music library; tracks can appear on several playlists."""
from sqlalchemy import Column, ForeignKey, Integer, String, Table, select
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()

playlist_tracks = Table(
    "playlist_tracks",
    Base.metadata,
    Column("playlist_id", ForeignKey("playlists.id"), primary_key=True),
    Column("track_id", ForeignKey("tracks.id"), primary_key=True),
)


class Playlist(Base):
    __tablename__ = "playlists"
    id = Column(Integer, primary_key=True)
    name = Column(String(60), nullable=False, unique=True)
    tracks = relationship("Track", secondary=playlist_tracks, back_populates="playlists")


class Track(Base):
    __tablename__ = "tracks"
    id = Column(Integer, primary_key=True)
    title = Column(String(120), nullable=False)
    seconds = Column(Integer, nullable=False)
    playlists = relationship(Playlist, secondary=playlist_tracks, back_populates="tracks")


def import_tracks(session, listing, playlist_names):
    """Create a Track per 'Title - m:ss' line and put it on every named (existing) playlist."""
    playlists = session.scalars(select(Playlist).where(Playlist.name.in_(playlist_names))).all()
    if len(playlists) != len(set(playlist_names)):
        raise LookupError("unknown playlist")
    for line in listing.strip().splitlines():
        title, _, duration = line.rpartition(" - ")
        minutes, seconds = duration.split(":")
        track = Track(title=title.strip(), seconds=int(minutes) * 60 + int(seconds))
        track.playlists.extend(playlists)
    session.commit()
