"""The batch catalogue: `nominations catalogue` (pipeline/catalogue/command.py)."""
