"""`python -m bot` runs the same CLI as the `wsis-bot` console script."""

from bot.cli import main

if __name__ == "__main__":
    main()
