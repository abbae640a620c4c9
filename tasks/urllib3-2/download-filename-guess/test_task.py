import io

from urllib3.response import HTTPResponse

from solution import suggest_filename


def _resp(**headers):
    headers = {k.replace("_", "-"): v for k, v in headers.items()}
    return HTTPResponse(body=io.BytesIO(b"data"), headers=headers, status=200, preload_content=False)


def test_content_disposition_wins():
    resp = _resp(content_disposition='attachment; filename="Q3 report.pdf"', content_type="application/pdf")
    assert suggest_filename(resp, "https://files.example.com/dl?id=7") == "Q3 report.pdf"


def test_rfc5987_and_unsafe_names():
    resp = _resp(**{"Content-Disposition": "attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd"})
    assert suggest_filename(resp, "https://x.example/") == "passwd.bin"
    resp = _resp(**{"CONTENT-DISPOSITION": 'inline; filename="r\u00e9sum\u00e9.txt"'})
    assert suggest_filename(resp, "https://x.example/") == "r_sum_.txt"


def test_fallback_to_url_and_type():
    assert suggest_filename(_resp(content_type="image/png"), "https://cdn.example.com/img/logo") == "logo.png"
    assert suggest_filename(_resp(content_type="text/csv; charset=utf-8"), "https://h.example/export.csv") == "export.csv"
    assert suggest_filename(_resp(), "https://h.example/") == "download.bin"
