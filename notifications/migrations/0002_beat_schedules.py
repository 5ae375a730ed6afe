"""Periodic notification work on django-celery-beat, editable by recruiters in the admin."""

from django.db import migrations

TASKS = [
    # name, task, schedule
    (
        "Notification outbox relay",
        "notifications.tasks.relay_pending",
        {"every": 1, "period": "minutes"},
    ),
    (
        "Interview reminders",
        "notifications.tasks.send_interview_reminders",
        {"minute": "0", "hour": "9"},
    ),
    (
        "Daily digests (employers)",
        "notifications.tasks.send_daily_digests",
        {"minute": "30", "hour": "8"},
    ),
    (
        "Weekly digests (candidates)",
        "notifications.tasks.send_weekly_digests",
        {"minute": "0", "hour": "10", "day_of_week": "1"},
    ),
]


def schedule(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, task, when in TASKS:
        if "every" in when:
            interval, _ = IntervalSchedule.objects.get_or_create(**when)
            defaults = {"task": task, "interval": interval, "crontab": None, "enabled": True}
        else:
            crontab, _ = CrontabSchedule.objects.get_or_create(
                minute=when["minute"],
                hour=when["hour"],
                day_of_week=when.get("day_of_week", "*"),
                day_of_month="*",
                month_of_year="*",
                timezone="Asia/Tokyo",
            )
            defaults = {"task": task, "crontab": crontab, "interval": None, "enabled": True}
        PeriodicTask.objects.update_or_create(name=name, defaults=defaults)


def unschedule(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name__in=[name for name, _, _ in TASKS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(schedule, unschedule)]
