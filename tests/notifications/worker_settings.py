"""Settings for a real Celery worker started by the real-parts stories (test_real_worker.py).

The site's settings, plus what those stories need to watch the worker from outside: the site's
SMTP backend pointed at the test's SMTP server (tests/notifications/smtp_server.py), a short
broker visibility timeout so that a killed worker's task comes back within seconds, and short
retry delays.
"""

import os

from config.settings import *  # noqa: F403

EMAIL_BACKEND = "notifications.mail.SMTPBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["TEST_SMTP_PORT"])
EMAIL_HOST_USER = EMAIL_HOST_PASSWORD = ""
EMAIL_USE_TLS = EMAIL_USE_SSL = False
EMAIL_TIMEOUT = 10

CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "5")),
    # Look for unacknowledged messages every second, not every 100 s, so they come back quickly.
    "unacked_restore_interval": 1,
    "unacked_restore_throttle": 1,
}
NOTIFICATION_RETRY_BACKOFF = int(os.environ.get("NOTIFICATION_RETRY_BACKOFF", "1"))
