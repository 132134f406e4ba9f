"""Languages a note can be said to be written in, offered by the capture bar and the note's menu."""

from __future__ import annotations

# Languages a note can be said to be written in, each named in itself (BCP 47 tag, name).
# None: not said; the record detects the language of such notes.
NOTE_LANGUAGES = (
    ("en", "English"),
    ("cy", "Cymraeg"),
    ("pl", "Polski"),
    ("ro", "Română"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("ur", "اردو"),
    ("bn", "বাংলা"),
    ("gu", "ગુજરાતી"),
    ("ar", "العربية"),
    ("pt", "Português"),
    ("es", "Español"),
    ("so", "Soomaali"),
    ("uk", "Українська"),
    ("zh", "中文"),
)
