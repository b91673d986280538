"""policy-lint: checks county admission rules for migrant workers' children against cited rulesets."""

__version__ = "0.1.0"
