"""faqbot: match questions to FAQ markdown entries by meaning and answer in the maintainers' words."""

__version__ = "0.1.0"
