"""What the API's views share: the signed-in user, typed, and pagination for plain views."""

from collections.abc import Callable
from typing import Any

from django.db.models import QuerySet
from rest_framework import generics
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import User


def current_user(request: Request) -> User:
    user = request.user
    if not isinstance(user, User):
        # Permission classes run first; an anonymous caller never reaches a view that asks this.
        raise TypeError("This view needs a signed-in user.")
    return user


# A GenericAPIView whose handlers say what they read and call, without mixins. (A comment, not
# a docstring: the schema would show a docstring as every operation's description.)
class ApiView(generics.GenericAPIView):
    def paginated(
        self,
        queryset: QuerySet[Any],
        context: Callable[[list[Any]], dict[str, Any]] | None = None,
    ) -> Response:
        """One page of ``queryset``; ``context`` adds serializer context computed for the page."""
        page = list(self.paginate_queryset(queryset) or [])
        serializer_context = self.get_serializer_context()
        if context is not None:
            serializer_context.update(context(page))
        serializer = self.get_serializer_class()(page, many=True, context=serializer_context)
        return self.get_paginated_response(serializer.data)
