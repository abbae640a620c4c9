"""Playlist statistics for a music app; playlists arrive as nested JSON documents."""
from collections import Counter
from typing import List

from pydantic import BaseModel


class Artist(BaseModel):
    name: str
    country: str = "unknown"


class Track(BaseModel):
    title: str
    seconds: int
    artists: List[Artist]
    explicit: bool = False


class Playlist(BaseModel):
    name: str
    owner: str
    tracks: List[Track] = []


def playlist_stats(document: dict, allow_explicit: bool = True) -> dict:
    playlist = Playlist(**document)
    tracks = [t for t in playlist.tracks if allow_explicit or not t.explicit]
    total = sum(t.seconds for t in tracks)
    artists = Counter(artist.name for t in tracks for artist in t.artists)
    return {
        "name": playlist.name,
        "tracks": len(tracks),
        "duration": f"{total // 60}:{total % 60:02d}",
        "top_artist": min(artists, key=lambda name: (-artists[name], name)) if artists else None,
        "countries": sorted({a.country for t in tracks for a in t.artists}),
    }
