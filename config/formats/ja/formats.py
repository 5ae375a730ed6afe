# Japanese formats: Django's own, with digit grouping (¥220,000) made explicit.
DATE_FORMAT = "Y年n月j日"
SHORT_DATE_FORMAT = "Y/m/d"
DATETIME_FORMAT = "Y年n月j日G:i"
SHORT_DATETIME_FORMAT = "Y/m/d G:i"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
