from solution import bootstrap, schema_objects


def test_default_schema_is_created():
    engine = bootstrap()
    assert schema_objects(engine) == {
        "index": ["ix_stores_region"],
        "table": ["regions", "stores"],
        "view": ["store_labels"],
    }


def test_custom_statements(tmp_path):
    url = "sqlite:///" + str(tmp_path / "custom.db")
    engine = bootstrap(url, ["CREATE TABLE a (x INTEGER)", "CREATE TABLE b (y TEXT)"])
    engine.dispose()
    assert schema_objects(bootstrap(url, [])) == {"table": ["a", "b"]}


def test_empty_database():
    assert schema_objects(bootstrap(statements=[])) == {}
