"""Text that XML 1.0 can carry, for the feeds and the OAI-PMH endpoint.

XML 1.0 has no way to write most control characters (U+0000-U+001F but tab and
line breaks), lone surrogates or U+FFFE/U+FFFF; lxml and Django's feed writer
raise on them. They reach an XML response from two sides: a harvester's
arguments (``%01`` in an OAI identifier) and stored text (a vertical tab pasted
from a word processor into a lead, an imported BibTeX field). Arguments with
them are refused as the protocol's ``badArgument``; stored text is written with
each such character replaced by a space, so one stray character never takes a
whole feed or harvest down.
"""

from __future__ import annotations

import re

# Everything XML 1.0's ``Char`` production leaves out.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def is_xml_text(value: str) -> bool:
    return NOT_XML.search(value) is None


def xml_text(value):
    """``value`` as a string XML can hold (``None`` stays ``None``)."""
    if value is None:
        return None
    return NOT_XML.sub(" ", str(value))
