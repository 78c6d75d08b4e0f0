"""Python client for the Telnyx Messaging API."""
