"""`interview serve`'s web server: sign-in, roles, Host and Origin checks, TLS, and the app processes."""
