"""Benchmarks for wsis-bot: synthetic knowledge at 1k-100k records, baselines, and the harness.

`python -m bot.bench` runs everything (see `bot.bench.run`). Nothing here is imported by the bot
itself, and pytest does not collect it: a benchmark takes minutes, not the seconds a test may.
"""
