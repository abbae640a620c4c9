from datetime import datetime

from solution import ResizeJob, decode_messages


def test_good_and_bad_messages():
    bodies = [
        b'{"job_id": "j2", "image_url": "s3://b/2.png", "width": 64, "height": 64, "enqueued_at": "2024-07-01T10:05:00"}',
        b"not json",
        b'{"job_id": "j1", "image_url": "s3://b/1.png", "width": "128", "height": 96, "enqueued_at": "2024-07-01T10:00:00"}',
        b'{"job_id": "j3", "image_url": "s3://b/3.png", "width": "wide", "height": 1, "enqueued_at": "2024-07-01T10:00:00"}',
        b"[1, 2, 3]",
    ]
    jobs, dead = decode_messages(bodies)
    assert dead == 3
    assert [job.job_id for job in jobs] == ["j1", "j2"]
    assert all(isinstance(job, ResizeJob) for job in jobs)
    assert jobs[0].width == 128
    assert jobs[0].enqueued_at == datetime(2024, 7, 1, 10, 0)


def test_empty_queue():
    assert decode_messages([]) == ([], 0)
