"""Settings for a real Celery worker started by the real-parts stories (test_real_worker.py).

The site's settings, plus what those stories need to watch the worker from outside: emails
written as files (one per message) that the test process can count, a short broker visibility
timeout so that a killed worker's task comes back within seconds, and short retry delays.
"""

import os

from config.settings import *  # noqa: F403

EMAIL_BACKEND = "tests.notifications.worker_mail.FileMailServer"
EMAIL_FILE_PATH = os.environ["TEST_EMAIL_DIR"]

CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "5")),
    # Look for unacknowledged messages every second, not every 100 s, so they come back quickly.
    "unacked_restore_interval": 1,
    "unacked_restore_throttle": 1,
}
NOTIFICATION_RETRY_BACKOFF = int(os.environ.get("NOTIFICATION_RETRY_BACKOFF", "1"))
