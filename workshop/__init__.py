"""The application core: services that own every change to the workshop record."""
