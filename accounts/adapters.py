from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest
from django.utils.translation import get_language

from accounts.models import Role


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request: HttpRequest, user: Any, form: Any, commit: bool = True) -> Any:
        # The role and the language the visitor signed up in are kept on the account.
        role = form.cleaned_data.get("role")
        user.role = role if role in (Role.CANDIDATE, Role.EMPLOYER) else Role.CANDIDATE
        user.language = (get_language() or "en")[:2]
        return super().save_user(request, user, form, commit=commit)
