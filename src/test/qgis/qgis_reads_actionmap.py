"""QGIS (PyQGIS, headless) opens ActionMap as a desktop user would, and prints what it found as JSON.

Run by OgcQgisTest with Debian's python3 (python3-qgis, qgis-providers):

    /usr/bin/python3 qgis_reads_actionmap.py BASE_URL USER TOKEN OUT_DIR COLLECTION...

The way in is the one the README gives for QGIS: an authentication configuration of the Basic method with the user
name and a personal access token as the password, chosen on the OGC API Features connection (provider OAPIF) and on
the vector tile connection built from the portal's TileJSON. For every collection the script reads every feature
through the OAPIF provider; for the tiles it renders the parcel layer twice, once over the parcels and once over empty
country, and counts the pixels that were painted. It checks nothing itself: the Java test compares with the database.
"""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.PyQt.QtCore import QSize, QUrl  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402
from qgis.PyQt.QtNetwork import QNetworkRequest  # noqa: E402
from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsAuthMethodConfig,
    QgsBlockingNetworkRequest,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorTileLayer,
)


def store_basic_auth(user, token):
    """What a user does once in Settings > Options > Authentication: a Basic configuration; its id for the URIs."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("actionmap-test", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("ActionMap")
    config.setConfig("username", user)
    config.setConfig("password", token)
    stored = manager.storeAuthenticationConfig(config)
    if isinstance(stored, tuple):  # newer bindings return (ok, config)
        stored, config = stored
    if not stored or not config.id():
        raise SystemExit("QGIS did not store the authentication configuration")
    return config.id()


def read_collection(base_url, auth_id, name):
    uri = QgsDataSourceUri()
    uri.setParam("url", base_url + "/ogc")
    uri.setParam("typename", name)
    uri.setAuthConfigId(auth_id)
    layer = QgsVectorLayer(uri.uri(False), name, "OAPIF")
    if not layer.isValid():
        return {"valid": False, "error": layer.error().summary() or layer.dataProvider() and layer.dataProvider().error().summary()}
    fields = [f.name() for f in layer.fields()]
    features = 0
    codes = []
    with_geometry = 0
    for feature in layer.getFeatures():
        features += 1
        if feature.hasGeometry() and not feature.geometry().isEmpty():
            with_geometry += 1
        if "code" in fields:
            codes.append(feature["code"])
    return {
        "valid": True,
        "crs": layer.crs().authid(),
        "fields": fields,
        "features": features,
        "withGeometry": with_geometry,
        "codes": codes,
        "extent": extent_of(layer.extent()),
    }


def extent_of(rectangle):
    return [rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum()]


def fetch_json(url, auth_id):
    request = QgsBlockingNetworkRequest()
    request.setAuthCfg(auth_id)
    error = request.get(QNetworkRequest(QUrl(url)))
    if error != QgsBlockingNetworkRequest.NoError:
        raise SystemExit("TileJSON %s: %s" % (url, request.errorMessage()))
    return json.loads(bytes(request.reply().content()).decode("utf-8"))


def tile_layer(tile_json, auth_id):
    """The XYZ vector tile connection a user fills in from the TileJSON: its address template and zoom range."""
    uri = QgsDataSourceUri()
    uri.setParam("type", "xyz")
    uri.setParam("url", tile_json["tiles"][0])
    uri.setParam("zmin", str(tile_json.get("minzoom", 0)))
    uri.setParam("zmax", str(tile_json.get("maxzoom", 14)))
    uri.setAuthConfigId(auth_id)
    return QgsVectorTileLayer(bytes(uri.encodedUri()).decode("utf-8"), tile_json.get("name", "parcels"))


def painted_pixels(layer, lon_lat_box, png):
    """Renders the layer over a longitude/latitude box in Web Mercator, as the QGIS map canvas would; the pixels
    that are not the white background."""
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    to_mercator = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), mercator, QgsProject.instance())
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(mercator)
    settings.setExtent(to_mercator.transformBoundingBox(QgsRectangle(*lon_lat_box)))
    settings.setOutputSize(QSize(512, 512))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(png)
    white = QColor(255, 255, 255).rgb()
    painted = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixel(x, y) != white:
                painted += 1
    return painted, [e.what for e in job.errors()]


def main():
    base_url, user, token, out_dir = sys.argv[1:5]
    collections = sys.argv[5:]
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        auth_id = store_basic_auth(user, token)
        result = {"qgis": Qgis.QGIS_VERSION,
                  "collections": {name: read_collection(base_url, auth_id, name) for name in collections}}
        tile_json = fetch_json(base_url + "/tiles/parcels.json", auth_id)
        layer = tile_layer(tile_json, auth_id)
        tiles = {"valid": layer.isValid(), "sourceMinZoom": layer.sourceMinZoom(), "sourceMaxZoom": layer.sourceMaxZoom()}
        if layer.isValid():
            w, s, e, n = tile_json["bounds"]
            tiles["paintedOverParcels"], tiles["errorsOverParcels"] = painted_pixels(
                layer, (w, s, e, n), os.path.join(out_dir, "qgis-parcel-tiles.png"))
            # the same size of box two parcel extents to the east of the parcels: nothing to draw
            tiles["paintedElsewhere"], tiles["errorsElsewhere"] = painted_pixels(
                layer, (e + 2 * (e - w), s, e + 3 * (e - w), n), os.path.join(out_dir, "qgis-empty-tiles.png"))
        result["tiles"] = tiles
        print(json.dumps(result, ensure_ascii=False))
    finally:
        app.exitQgis()


if __name__ == "__main__":
    main()
