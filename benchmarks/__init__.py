"""`make bench`: what the client, the sandbox and the suite cost, each as a ratio to a reference."""
