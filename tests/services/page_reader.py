"""Read every page of a SQLCipher 4 database file, decrypted, free pages included.

Searching the encrypted file for a name proves nothing (nothing is in plain text there).
To show a destroyed record cannot be reconstructed (POPIA s14(5)) a test must look where
an attacker with the key would: in the decrypted pages, including pages SQLite has freed
but not overwritten. This reads them the way SQLCipher 4 writes them with a raw key:
AES-256-CBC, a 16-byte IV and a 64-byte HMAC reserved at the end of each page, the first
16 bytes of page 1 being the salt.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)
SALT = 16


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    data = path.read_bytes()
    pages = []
    for offset in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        page = data[offset : offset + PAGE_SIZE]
        start = SALT if offset == 0 else 0
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize())
    return pages


def decrypted_contains(path: Path, key: bytes, needle: bytes) -> bool:
    return any(needle in page for page in decrypted_pages(path, key))
