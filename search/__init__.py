"""The site's search page."""
