import configparser
import io


def load_service(text):
    """Parse a service definition: name, port (int) and the list of enabled plugins."""
    parser = configparser.ConfigParser()
    parser.readfp(io.StringIO(text))
    section = parser["service"]
    plugins = [p.strip() for p in section.get("plugins", "").split(",") if p.strip()]
    return {"name": section["name"], "port": section.getint("port"), "plugins": plugins}
