# Production image for Kakehashi: gunicorn serving Django, static files via WhiteNoise.
# docker-compose.yml runs the same image as web, Celery worker and Celery beat.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MEDIA_ROOT=/app/media \
    PRIVATE_MEDIA_ROOT=/app/private_media

# gettext provides msgfmt for compilemessages.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system kakehashi \
    && useradd --system --gid kakehashi --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin kakehashi

WORKDIR /app

# Dependencies first, so code changes do not invalidate this layer.
COPY requirements.txt .
RUN pip install -r requirements.txt

# The code stays owned by root: the application user can read it but not change it.
COPY . .

# Build-time steps only. The secret key here is a placeholder that satisfies the production
# settings check for these two commands; it is not kept in the image environment. The real
# DJANGO_SECRET_KEY comes from the runtime environment (.env with docker compose).
RUN DJANGO_ENV=production \
    DJANGO_SECRET_KEY=build-only-placeholder-not-used-at-runtime-0123456789 \
    python manage.py compilemessages --ignore=.venv \
    && DJANGO_ENV=production \
    DJANGO_SECRET_KEY=build-only-placeholder-not-used-at-runtime-0123456789 \
    python manage.py collectstatic --noinput

# Upload folders are the only places the application writes to; named volumes mounted
# here inherit this ownership when first created.
RUN mkdir -p /app/media /app/private_media \
    && chown kakehashi:kakehashi /app/media /app/private_media

USER kakehashi

EXPOSE 8000

CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
