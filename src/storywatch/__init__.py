"""storywatch: follow a developing news story; alert when a reported figure or status changes."""

__version__ = "0.1.0"
