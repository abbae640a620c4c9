import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from solution import Base, Playlist, Track, import_tracks

LISTING = """
So What - 9:22
Blue in Green - 5:37
"""


@pytest.fixture
def engine():
    eng = create_engine("sqlite://")
    Base.metadata.create_all(eng)
    with Session(eng) as s:
        s.add_all([Playlist(name="jazz"), Playlist(name="evening"), Playlist(name="gym")])
        s.commit()
    return eng


def test_tracks_are_saved_on_playlists(engine):
    with Session(engine) as s:
        import_tracks(s, LISTING, ["jazz", "evening"])
    with Session(engine) as s:
        tracks = s.scalars(select(Track).order_by(Track.id)).all()
        assert [(t.title, t.seconds) for t in tracks] == [("So What", 562), ("Blue in Green", 337)]
        assert sorted(p.name for p in tracks[0].playlists) == ["evening", "jazz"]
        gym = s.scalars(select(Playlist).filter_by(name="gym")).one()
        assert gym.tracks == []


def test_unknown_playlist(engine):
    with Session(engine) as s:
        with pytest.raises(LookupError):
            import_tracks(s, LISTING, ["jazz", "metal"])
    with Session(engine) as s:
        assert s.scalars(select(Track)).all() == []
