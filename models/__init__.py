"""Tables of the workshop record and the database engine; knows nothing above it."""
