"""Date and time formats of the site's languages where Django's own do not suit it.

Django formats dates per language (``DATE_FORMAT`` and friends, through
``{{ value|date:"DATE_FORMAT" }}``); its English is American ("Dec. 18, 2026",
"11/24/2026 10:04 p.m."). The site serves European readers: English dates are
written the British way here, with 24-hour times, like every other language's.
"""
