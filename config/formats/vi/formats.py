# Vietnamese number and date formats: ¥220.000 and 16/11/2025, as Vietnamese readers write them.
# Django's own vi formats set no digit grouping, which prints ¥220000.
DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "H:i d/m/Y"
SHORT_DATETIME_FORMAT = "H:i d/m/Y"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
