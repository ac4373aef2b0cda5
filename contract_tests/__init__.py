"""The contract suite: the spec against a live target (the embedded sandbox by default)."""
