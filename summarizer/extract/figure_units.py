"""The unit a figure is written with, kept apart from what it counts: a measure right after it
("45 km", "17-second", "8,000 square miles", "-11 C"), a currency written as a word ("4.7
billion kroner", "75,000 Swiss francs"), and what a measure in a unit gives of a thing ("a
30-second spot": its length). Moved from `figure_labels`: a unit is read from a fixed table and
the figure's next words alone, while a label is read from the figure's sentence; the tables serve
`figure_grammar` and the check of what a figure counts (`grounding.counted`) as well."""

from __future__ import annotations

import re

__all__ = [
    "CURRENCY_WORDS",
    "MEASUREMENT_UNITS",
    "compound_label",
    "currency_word",
    "dimension_of",
    "unit_after",
]


MEASUREMENT_UNITS = {
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "miles": "miles",
    "mile": "miles",
    "m": "metres",
    "metres": "metres",
    "meters": "metres",
    "metre": "metres",
    "meter": "metres",
    "feet": "feet",
    "foot": "feet",
    "ft": "feet",
    "inches": "inches",
    "cm": "cm",
    "mm": "mm",
    "kg": "kg",
    "kilograms": "kg",
    "kilogram": "kg",
    "grams": "grams",
    "gram": "grams",
    "g": "grams",
    "tonnes": "tonnes",
    "tons": "tons",
    "pounds": "pounds",
    "lbs": "pounds",
    "lb": "pounds",
    "litres": "litres",
    "liters": "litres",
    "gallons": "gallons",
    "barrels": "barrels",
    "hectares": "hectares",
    "acres": "acres",
    "degrees": "degrees",
    "c": "°C",
    "°c": "°C",
    "f": "°F",
    "°f": "°F",
    "mph": "mph",
    "km/h": "km/h",
    "years": "years",
    "year": "years",
    "months": "months",
    "month": "months",
    "weeks": "weeks",
    "week": "weeks",
    "days": "days",
    "day": "days",
    "hours": "hours",
    "hour": "hours",
    "minutes": "minutes",
    "minute": "minutes",
    "seconds": "seconds",
    "second": "seconds",
    "ml": "ml",
    "tsp": "tsp",
    "tbsp": "tbsp",
    "cup": "cups",
    "cups": "cups",
    "oz": "oz",
    "mw": "MW",
    "gw": "GW",
    "kwh": "kWh",
    "mwh": "MWh",
}
# Currencies written as words after the amount: "4.7 billion kroner", "300 euros".
CURRENCY_WORDS = {
    "dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "kroner": "NOK/DKK",
    "kronor": "SEK",
    "krona": "SEK",
    "francs": "CHF",
    "pesos": "pesos",
    "rubles": "RUB",
    "roubles": "RUB",
    "won": "KRW",
    "rand": "ZAR",
    "shillings": "shillings",
    "naira": "NGN",
    "lira": "TRY",
    "reais": "BRL",
    "zloty": "PLN",
}


def unit_after(text: str, end: int) -> tuple[str, int] | None:
    """A measurement unit right after the figure ("45 km", "17-second", "-11 C"), normalised,
    with where it ends."""
    area = _AREA.match(text[end : end + 24])
    if area and MEASUREMENT_UNITS.get(area.group("unit").lower()) in _LENGTHS:
        return f"square {MEASUREMENT_UNITS[area.group('unit').lower()]}", end + area.end()
    match = re.match(r"[\s-]?(°?[A-Za-z]+(?:/h)?)\b", text[end : end + 16])
    if match is None:
        return None
    word = match.group(1)
    unit = MEASUREMENT_UNITS.get(word.lower())
    if unit is None or (len(word) == 1 and not (word.isupper() or word == "m")):
        return None
    return unit, end + match.end()


# An area: "800-square metre", "8,000 square miles", "40 sq ft".
_AREA = re.compile(r"[\s-]?(?:square|sq\.?)[\s-](?P<unit>[A-Za-z]+)\b", re.IGNORECASE)
_LENGTHS = frozenset({"km", "miles", "metres", "feet", "inches", "cm", "mm"})


def currency_word(text: str, end: int) -> tuple[str, int] | None:
    """A currency written as a word after the amount, with where it ends."""
    # a nationality may stand between: "75,000 Swiss francs", "40 Hong Kong dollars"
    for pattern in (_CURRENCY_WORD, _CURRENCY_WORD_OF_A_COUNTRY):
        match = pattern.match(text[end : end + 40])
        if match is not None and (unit := CURRENCY_WORDS.get(match.group(1).lower())):
            return unit, end + match.end()
    return None


_CURRENCY_WORD = re.compile(r"\s([A-Za-z]+(?: sterling)?)\b")
_CURRENCY_WORD_OF_A_COUNTRY = re.compile(r"\s(?:[A-Z][a-z]+\s){1,2}([a-z]+)\b")


# What a measure written as a compound gives of its noun: "a 30-second [spot]" is its length.
_DIMENSIONS = {
    **dict.fromkeys(("years", "months", "weeks", "days", "hours", "minutes", "seconds"), "length"),
    **dict.fromkeys(_LENGTHS, "length"),
    **dict.fromkeys(("kg", "grams", "tonnes", "tons", "pounds", "oz"), "weight"),
    **{f"square {unit}": "area" for unit in _LENGTHS},
}


def dimension_of(unit: str) -> str | None:
    """What a measure in `unit` gives of a thing: "length" for "km" or "seconds", "weight" for
    "kg", "area" for "square miles"; None for a count or a unit of its own ("degrees")."""
    return _DIMENSIONS.get(unit)


def compound_label(unit: str, noun: str) -> str:
    """A measure written as one adjective with its noun ("a 30-second spot", "a 10-km race"):
    the noun's length, weight or size, not a count of it."""
    return f"{_DIMENSIONS.get(unit, 'size')} of the {noun}"
