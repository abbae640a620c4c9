from solution import Document, DraftEditor, Section


def test_undo_restores_each_step():
    editor = DraftEditor(Document(title="Notes"))
    editor.add_section("Intro")
    editor.add_paragraph(0, "Pydantic models are classes.")
    editor.add_paragraph(0, "They validate data.")
    editor.rename("Guide")
    assert editor.word_count() == 7
    assert editor.document.title == "Guide"
    assert editor.undo()
    assert editor.document.title == "Notes"
    assert editor.undo()
    assert editor.document.sections[0].paragraphs == ["Pydantic models are classes."]
    assert editor.undo()
    assert editor.document.sections == [Section(heading="Intro")]
    assert editor.undo()
    assert editor.document == Document(title="Notes")
    assert not editor.undo()


def test_original_document_is_first_snapshot():
    start = Document(title="T", sections=[Section(heading="A", paragraphs=["one two"])])
    editor = DraftEditor(start)
    editor.add_paragraph(0, "three")
    editor.add_section("B")
    assert editor.word_count() == 3
    editor.undo()
    editor.undo()
    assert isinstance(editor.document, Document)
    assert editor.document.sections[0].paragraphs == ["one two"]
    assert len(editor.document.sections) == 1
