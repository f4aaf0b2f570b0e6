# The two commands of README.md. Both create the environment first.
.PHONY: demo test lint env

env:
	scripts/setup-env dev

# Load data/articles/ into the embedded store (./graphkit.db), write a map, print a summary.
demo:
	scripts/demo

# The whole suite against a real Neo4j that it starts and stops itself.
test:
	scripts/test

lint: env
	.venv/bin/ruff check graphkit tests bench
