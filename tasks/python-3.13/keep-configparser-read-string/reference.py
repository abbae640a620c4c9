import configparser


def ports(text):
    """Port of every section that declares one."""
    parser = configparser.ConfigParser()
    parser.read_string(text)
    return {name: parser.getint(name, "port") for name in parser.sections() if parser.has_option(name, "port")}
