"""The audit log's Merkle tree, exactly as RFC 9162 §2.1 (Certificate Transparency 2.0) defines it.

The agency appends; its kiosks witness. Both sides must hash and prove identically, or a kiosk
would raise a fork alarm over an honest log (or miss a dishonest one), so the one implementation
lives here and both import it.

- leaf hash = SHA-256(0x00 || entry), node hash = SHA-256(0x01 || left || right): the prefixes
  keep a leaf from being passed off as an interior node (second-preimage attack, RFC 9162 §2.1.1).
- MTH(D[n]) splits at k, the largest power of two *smaller than* n, not at the midpoint: any
  other split gives a tree no other CT implementation agrees with.
- Inclusion proofs (§2.1.3) show one entry is in a tree of size n; consistency proofs (§2.1.4)
  show the tree of size m is a prefix of the tree of size n, which is what catches a log that
  rewrote or cut its history after a kiosk saw a later head.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(entry: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two smaller than n (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


class MerkleTree:
    """An append-only tree over leaf hashes that answers for every earlier size too.

    Keeps every complete, aligned subtree hash (level k holds the hashes of leaves
    [i·2^k, (i+1)·2^k)): appending costs O(log n) hashes, any root or proof O(log² n), and the
    whole structure about twice the leaf hashes' memory."""

    def __init__(self, leaves: Iterable[bytes] = ()) -> None:
        self._levels: list[list[bytes]] = [[]]
        for leaf in leaves:
            self.append(leaf)

    @property
    def size(self) -> int:
        return len(self._levels[0])

    def leaf(self, index: int) -> bytes:
        return self._levels[0][index]

    def append(self, leaf: bytes) -> int:
        """Adds one leaf hash; returns its index."""
        if len(leaf) != HASH_SIZE:
            raise ValueError("a leaf hash is 32 bytes")
        index = self.size
        self._levels[0].append(leaf)
        level, node = 0, leaf
        while len(self._levels[level]) % 2 == 0:
            below = self._levels[level]
            node = node_hash(below[-2], below[-1])
            level += 1
            if len(self._levels) == level:
                self._levels.append([])
            self._levels[level].append(node)
        return index

    def truncate(self, size: int) -> None:
        """Forgets the leaves from `size` on (a sequencer undoing a batch its commit lost)."""
        if not 0 <= size <= self.size:
            raise ValueError("cannot truncate to a size the tree does not have")
        for level, nodes in enumerate(self._levels):
            del nodes[size >> level :]

    def _hash(self, start: int, end: int) -> bytes:
        n = end - start
        if n == 0:
            return EMPTY_ROOT
        level = n.bit_length() - 1
        if n == 1 << level and start % n == 0:
            return self._levels[level][start >> level]
        k = _split(n)
        return node_hash(self._hash(start, start + k), self._hash(start + k, end))

    def root(self, size: int | None = None) -> bytes:
        """MTH of the first `size` leaves (default: all)."""
        size = self.size if size is None else size
        if not 0 <= size <= self.size:
            raise ValueError(f"the tree has {self.size} leaves, not {size}")
        return self._hash(0, size)

    def inclusion_proof(self, index: int, size: int | None = None) -> list[bytes]:
        """PATH(index, D[size]) of RFC 9162 §2.1.3.1."""
        size = self.size if size is None else size
        if not 0 <= index < size <= self.size:
            raise ValueError(f"no leaf {index} in a tree of size {size}")
        return self._path(index, 0, size)

    def _path(self, m: int, start: int, end: int) -> list[bytes]:
        n = end - start
        if n <= 1:
            return []
        k = _split(n)
        if m < k:
            return [*self._path(m, start, start + k), self._hash(start + k, end)]
        return [*self._path(m - k, start + k, end), self._hash(start, start + k)]

    def consistency_proof(self, first: int, second: int | None = None) -> list[bytes]:
        """PROOF(first, D[second]) of RFC 9162 §2.1.4.1; empty when first is 0 or equals second."""
        second = self.size if second is None else second
        if not 0 <= first <= second <= self.size:
            raise ValueError(f"no consistency proof from {first} to {second}")
        if first in (0, second):
            return []
        return self._subproof(first, 0, second, True)

    def _subproof(self, m: int, start: int, end: int, whole: bool) -> list[bytes]:
        n = end - start
        if m == n:
            return [] if whole else [self._hash(start, end)]
        k = _split(n)
        if m <= k:
            return [*self._subproof(m, start, start + k, whole), self._hash(start + k, end)]
        return [*self._subproof(m - k, start + k, end, False), self._hash(start, start + k)]


def root_of(leaves: Sequence[bytes]) -> bytes:
    return MerkleTree(leaves).root()


def _lsb(value: int) -> bool:
    return bool(value & 1)


def _all_hashes(*values: bytes | Sequence[bytes]) -> bool:
    for value in values:
        items = [value] if isinstance(value, bytes) else value
        if any(not isinstance(h, bytes) or len(h) != HASH_SIZE for h in items):
            return False
    return True


def verify_inclusion(
    index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes
) -> bool:
    """RFC 9162 §2.1.3.2, step by step."""
    if not 0 <= index < size or not _all_hashes(leaf, proof, root):
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if _lsb(fn) or fn == sn:
            r = node_hash(p, r)
            if not _lsb(fn):
                while not _lsb(fn) and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(
    first: int, second: int, first_root: bytes, second_root: bytes, proof: Sequence[bytes]
) -> bool:
    """RFC 9162 §2.1.4.2, plus its two degenerate cases: from the empty tree everything follows
    (the proof is empty), and a tree is consistent with itself only if the roots are equal."""
    if not 0 <= first <= second or not _all_hashes(first_root, second_root, proof):
        return False
    if first == 0:
        return not proof and first_root == EMPTY_ROOT
    if first == second:
        return not proof and first_root == second_root
    if not proof:
        return False
    path = list(proof)
    if first == 1 << (first.bit_length() - 1):
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while _lsb(fn):
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if _lsb(fn) or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not _lsb(fn):
                while not _lsb(fn) and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_root and sr == second_root and sn == 0
