"""Export isolines of a gridded field as GeoJSON-like features for the web map."""
import numpy as np
import matplotlib.pyplot as plt


def isoline_features(lon, lat, values, levels, decimals=3):
    """One LineString feature per connected isoline, with the level as a property."""
    fig, ax = plt.subplots()
    contours = ax.contour(lon, lat, values, levels=levels)
    features = []
    for level, collection in zip(contours.levels, contours.collections):
        for path in collection.get_paths():
            coords = np.round(path.vertices, decimals).tolist()
            if len(coords) < 2:
                continue
            features.append({
                "type": "Feature",
                "properties": {"level": float(level)},
                "geometry": {"type": "LineString", "coordinates": coords},
            })
    plt.close(fig)
    return features
