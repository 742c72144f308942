"""Interfaces: the command line, the REST API and the web app."""
