"""wsis-bot: answers questions about the WSIS follow-up procedure at the UN, with cited sources."""

__version__ = "0.1.0"
