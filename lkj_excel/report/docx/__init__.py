"""The Word draft of the LKjIP."""
