"""Chat: channels, direct messages and threads over Socket.IO."""
