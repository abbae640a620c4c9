from solution import disposition, download_headers


def test_inline_and_attachment():
    assert disposition("scan.pdf", "application/pdf") == 'inline; filename="scan.pdf"'
    assert disposition("scan.pdf", "application/pdf", force_download=True) == 'attachment; filename="scan.pdf"'
    assert disposition("data.xlsx", "application/vnd.ms-excel") == 'attachment; filename="data.xlsx"'


def test_quotes_and_unicode_are_kept_safe():
    assert disposition('the "final" plan.txt', "text/plain") == 'inline; filename="the %22final%22 plan.txt"'
    assert disposition("Übersicht 2024.png", "image/png") == 'inline; filename="Übersicht 2024.png"'


def test_download_headers():
    assert download_headers("a b.zip", "application/zip", 1024) == {
        "Content-Type": "application/zip",
        "Content-Length": "1024",
        "Content-Disposition": 'attachment; filename="a b.zip"',
        "X-Content-Type-Options": "nosniff",
    }
