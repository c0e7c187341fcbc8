"""What the development work answers when other parts of the site announce something.

Connected in ``DevelopmentConfig.ready()``.
"""


def connect():
    pass
