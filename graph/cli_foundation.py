"""Foundation commands: build, stats, query, export, validate."""
