"""Command-line layer (click): parsing and printing only."""
