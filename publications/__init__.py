"""Papers, reports, news, authors, citation exports and feeds."""
