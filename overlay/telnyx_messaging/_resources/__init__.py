"""One module per API resource; imported on first access of `client.<resource>`."""
