"""Vietnamese language helpers: sentence splitting and friends."""
