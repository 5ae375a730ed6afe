from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation


class UserLanguageMiddleware:
    """Serve a signed-in user in the language they chose, on any device.

    LocaleMiddleware has already picked a language from the cookie or Accept-Language; a saved
    preference on the account overrides it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        language = getattr(user, "language", "") if user and user.is_authenticated else ""
        if language in self.languages:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        response = self.get_response(request)
        if language in self.languages:
            response.headers.setdefault("Content-Language", language)
        return response
