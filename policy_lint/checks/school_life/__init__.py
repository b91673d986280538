"""Family 9: migrant pupils treated alike at school, and small classes only where their places are assured."""
