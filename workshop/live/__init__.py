"""Live participation: phones join over the room's local network and add notes and votes."""
