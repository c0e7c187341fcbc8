"""Papers, reports, news, authors, citation exports and feeds (built in a later issue)."""
