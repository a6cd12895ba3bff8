"""Period lengths: one home for converting a rate's period to months and months to days
(ambition, tracking, date resolution, durations said in French)."""
from __future__ import annotations

MONTH_DAYS = 30.436875  # the mean Gregorian month: 365.2425 days / 12
UNIT_MONTHS = {"month": 1, "quarter": 3, "semester": 6, "year": 12}  # calendar units, in whole months
PERIOD_MONTHS = {"day": 12 / 365.25, "week": 12 / 52.18, "month": 1, "quarter": 3, "year": 12}  # a rate's period
