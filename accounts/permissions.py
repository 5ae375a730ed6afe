"""Who may see what: object-level rules kept in one place."""

from accounts.models import CandidateProfile, User


def can_download_cv(*, user: User, profile: CandidateProfile) -> bool:
    """The owner, staff recruiters, and employers the candidate applied to (until withdrawn)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.pk == profile.user_id:
        return True
    if user.is_staff:
        return user.has_perm("accounts.view_candidateprofile")
    from applications.permissions import employer_may_contact

    return employer_may_contact(user, profile)
