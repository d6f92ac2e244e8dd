"""docbao."""
