import pytest
from pydantic import ValidationError

from solution import Artist, Playlist, playlist_stats

DOC = {
    "name": "Road trip",
    "owner": "lea",
    "tracks": [
        {"title": "Open Road", "seconds": 245, "artists": [{"name": "The Vans", "country": "UK"}]},
        {"title": "Night Drive", "seconds": "198", "explicit": True, "artists": [{"name": "Luna"}, {"name": "The Vans", "country": "UK"}]},
        {"title": "Sunrise", "seconds": 301, "artists": [{"name": "Luna"}]},
    ],
}


def test_stats():
    assert playlist_stats(DOC) == {
        "name": "Road trip",
        "tracks": 3,
        "duration": "12:24",
        "top_artist": "Luna",
        "countries": ["UK", "unknown"],
    }


def test_clean_version():
    stats = playlist_stats(DOC, allow_explicit=False)
    assert stats["tracks"] == 2
    assert stats["duration"] == "9:06"
    assert stats["top_artist"] == "Luna"


def test_nested_objects_are_models():
    playlist = Playlist(**DOC)
    assert isinstance(playlist.tracks[1].artists[0], Artist)
    assert playlist.tracks[1].seconds == 198
    assert playlist_stats({"name": "Empty", "owner": "x"})["top_artist"] is None


def test_bad_nested_track():
    with pytest.raises(ValidationError):
        playlist_stats({"name": "x", "owner": "y", "tracks": [{"title": "t", "seconds": 1, "artists": [{}]}]})
