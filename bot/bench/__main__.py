"""`python -m bot.bench` runs the benchmark (see `bot.bench.run` for options and the JSON keys)."""

from bot.bench.run import main

if __name__ == "__main__":
    main()
