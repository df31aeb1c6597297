"""The demo organisation that `flask demo load` creates."""
