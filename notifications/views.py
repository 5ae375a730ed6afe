"""The inbox, the notification preferences and the one-click unsubscribe page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import User
from notifications import services
from notifications.forms import PreferenceForm
from notifications.messages import render as render_message
from notifications.models import Notification


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # noqa: S101 - guaranteed by login_required
    return request.user


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    page = Paginator(Notification.objects.filter(recipient=user), 20).get_page(
        request.GET.get("page")
    )
    language = (get_language() or "en")[:2]
    items = [(n, render_message(n.kind, n.payload, language)) for n in page.object_list]
    return render(request, "notifications/inbox.html", {"page_obj": page, "items": items})


@login_required
@require_POST
def mark_read(request: HttpRequest) -> HttpResponse:
    ids = request.POST.getlist("id")
    # Ids that are not whole numbers within the database's range are ignored, not a 500.
    valid = [int(i) for i in ids if i.isdigit() and len(i) <= 18]
    services.notification_mark_read(user=_user(request), ids=valid if ids else None)
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("notifications:inbox")
    return redirect(next_url)


@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    preference = services.preference_for(user)
    form = PreferenceForm(request.POST or None, user=user, preference=preference)
    if request.method == "POST" and form.is_valid():
        preference.email_off = form.email_off()
        preference.digest = form.cleaned_data["digest"]
        preference.unsubscribed_all = False
        preference.save(update_fields=["email_off", "digest", "unsubscribed_all"])
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notifications:preferences")
    return render(
        request,
        "notifications/preferences.html",
        {"form": form},
        status=400 if form.is_bound else 200,
    )


def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """One click from an email: no sign-in needed, the signed token says who."""
    user = services.user_from_unsubscribe_token(token)
    if user is None:
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        services.preference_unsubscribe_all(user=user)
        return render(request, "notifications/unsubscribe.html", {"done": True})
    return render(request, "notifications/unsubscribe.html", {"email": user.email})
