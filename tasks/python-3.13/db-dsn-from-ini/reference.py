import configparser
import io


def dsn_from_config(text, profile="default"):
    """A PostgreSQL DSN built from one profile section of a credentials file."""
    config = configparser.ConfigParser(defaults={"port": "5432", "host": "localhost"})
    config.read_file(io.StringIO(text), source="credentials.ini")
    s = config[profile]
    return f"postgresql://{s['user']}@{s['host']}:{s['port']}/{s['database']}"
