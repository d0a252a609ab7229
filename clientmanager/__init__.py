"""ClientManager Desktop: an encrypted, offline CRM for South African financial planners."""

__version__ = "0.1.0"
APP_NAME = "ClientManager Desktop"
