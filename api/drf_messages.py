"""Django REST framework messages that its own Vietnamese catalogue lacks.

DRF translates these at run time with its own msgids; listing them here lets ``makemessages``
collect them into api/locale, where they are translated. Nothing calls this list.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

DRF_MESSAGES = [
    gettext_noop('"{input}" is not a valid choice.'),
    gettext_noop("A server error occurred."),
    gettext_noop("A valid integer is required."),
    gettext_noop("A valid number is required."),
    gettext_noop("Authentication credentials were not provided."),
    gettext_noop("Could not satisfy the request Accept header."),
    gettext_noop("Datetime has wrong format. Use one of these formats instead: {format}."),
    gettext_noop("Datetime value out of range."),
    gettext_noop("Duration has wrong format. Use one of these formats instead: {format}."),
    gettext_noop("Ensure that there are no more than {max_decimal_places} decimal places."),
    gettext_noop("Ensure that there are no more than {max_digits} digits in total."),
    gettext_noop(
        "Ensure that there are no more than {max_whole_digits} digits before the decimal point."
    ),
    gettext_noop("Ensure this field has at least {min_length} characters."),
    gettext_noop("Ensure this field has at least {min_length} elements."),
    gettext_noop("Ensure this field has no more than {max_length} characters."),
    gettext_noop("Ensure this field has no more than {max_length} elements."),
    gettext_noop("Ensure this value is greater than or equal to {min_value}."),
    gettext_noop("Ensure this value is less than or equal to {max_value}."),
    gettext_noop("Enter a valid URL."),
    gettext_noop("Expected a date but got a datetime."),
    gettext_noop("Expected a datetime but got a date."),
    gettext_noop('Expected a dictionary of items but got type "{input_type}".'),
    gettext_noop('Expected a list of items but got type "{input_type}".'),
    gettext_noop("Incorrect authentication credentials."),
    gettext_noop("Incorrect type. Expected URL string, received {data_type}."),
    gettext_noop("Incorrect type. Expected pk value, received {data_type}."),
    gettext_noop("Invalid data. Expected a dictionary, but got {datatype}."),
    gettext_noop('Invalid datetime for the timezone "{timezone}".'),
    gettext_noop("Invalid input."),
    gettext_noop("Invalid page."),
    gettext_noop('Invalid pk "{pk_value}" - object does not exist.'),
    gettext_noop("Invalid token header. No credentials provided."),
    gettext_noop("Invalid token."),
    gettext_noop("Invalid value."),
    gettext_noop("Malformed request."),
    gettext_noop("Must be a valid UUID."),
    gettext_noop("Must be a valid boolean."),
    gettext_noop("Not a valid string."),
    gettext_noop("Request was throttled."),
    gettext_noop("String value too large."),
    gettext_noop("The fields {field_names} must make a unique set."),
    gettext_noop("This dictionary may not be empty."),
    gettext_noop("This field is required."),
    gettext_noop("This field may not be null."),
    gettext_noop('This field must be unique for the "{date_field}" date.'),
    gettext_noop('This field must be unique for the "{date_field}" month.'),
    gettext_noop('This field must be unique for the "{date_field}" year.'),
    gettext_noop("This field must be unique."),
    gettext_noop("This selection may not be empty."),
    gettext_noop("This value does not match the required pattern."),
    gettext_noop("Time has wrong format. Use one of these formats instead: {format}."),
    gettext_noop('Unsupported media type "{media_type}" in request.'),
]

DRF_PLURAL_MESSAGES = [
    ngettext_lazy(
        "Expected available in {wait} second.", "Expected available in {wait} seconds.", "wait"
    ),
]
