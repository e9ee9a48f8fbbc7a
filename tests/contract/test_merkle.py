"""The audit log's tree agrees with Certificate Transparency and its proofs cannot be bent.

A kiosk trusts the agency's log only as far as these proofs go: a proof that verifies for a
tampered input would let a rewritten log pass as the one the kiosk witnessed."""

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contract.merkle import (
    EMPTY_ROOT,
    MerkleTree,
    leaf_hash,
    node_hash,
    root_of,
    verify_consistency,
    verify_inclusion,
)

# RFC 6962's reference leaves and the tree heads every CT implementation computes for them.
CT_ENTRIES = [
    bytes.fromhex(h)
    for h in (
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    )
]
CT_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


def _naive_root(leaves: list[bytes]) -> bytes:
    """MTH written straight from RFC 9162 §2.1.1, to check the cached tree against."""
    if not leaves:
        return EMPTY_ROOT
    if len(leaves) == 1:
        return leaves[0]
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return node_hash(_naive_root(leaves[:k]), _naive_root(leaves[k:]))


def _leaves(n: int) -> list[bytes]:
    return [leaf_hash(f"entry {i}".encode()) for i in range(n)]


BIG = MerkleTree(_leaves(300))


def test_roots_match_the_certificate_transparency_reference() -> None:
    tree = MerkleTree(leaf_hash(e) for e in CT_ENTRIES)
    assert tree.root(0) == EMPTY_ROOT == hashlib.sha256(b"").digest()
    assert [tree.root(n).hex() for n in range(1, 9)] == CT_ROOTS


def test_inclusion_proofs_match_the_reference() -> None:
    tree = MerkleTree(leaf_hash(e) for e in CT_ENTRIES)
    assert [h.hex() for h in tree.inclusion_proof(0, 8)] == [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ]
    assert [h.hex() for h in tree.inclusion_proof(5, 8)] == [
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ]


def test_leaf_and_node_prefixes_keep_a_leaf_from_posing_as_a_node() -> None:
    left, right = leaf_hash(b"a"), leaf_hash(b"b")
    assert leaf_hash(left + right) != node_hash(left, right)
    assert node_hash(left, right) != node_hash(right, left)


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=300))
def test_every_earlier_root_is_the_rfc_root_of_that_prefix(n: int) -> None:
    assert BIG.root(n) == _naive_root(BIG_LEAVES[:n]) == root_of(BIG_LEAVES[:n])


BIG_LEAVES = [BIG.leaf(i) for i in range(BIG.size)]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_inclusion_proofs_verify_for_every_leaf_and_size(data: st.DataObject) -> None:
    n = data.draw(st.integers(min_value=1, max_value=300))
    m = data.draw(st.integers(min_value=0, max_value=n - 1))
    proof = BIG.inclusion_proof(m, n)
    assert verify_inclusion(m, n, BIG.leaf(m), proof, BIG.root(n))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_consistency_proofs_verify_for_every_pair_of_sizes(data: st.DataObject) -> None:
    n = data.draw(st.integers(min_value=0, max_value=300))
    m = data.draw(st.integers(min_value=0, max_value=n))
    proof = BIG.consistency_proof(m, n)
    assert verify_consistency(m, n, BIG.root(m), BIG.root(n), proof)


def test_exhaustively_small_trees() -> None:
    for n in range(1, 40):
        for m in range(n):
            assert verify_inclusion(m, n, BIG.leaf(m), BIG.inclusion_proof(m, n), BIG.root(n))
        for m in range(n + 1):
            assert verify_consistency(m, n, BIG.root(m), BIG.root(n), BIG.consistency_proof(m, n))


def _tamper(proof: list[bytes], how: str, position: int, byte: int) -> list[bytes]:
    bent = list(proof)
    i = position % len(bent)
    if how == "flip":
        h = bytearray(bent[i])
        h[byte % 32] ^= 1 << (byte % 8)
        bent[i] = bytes(h)
    elif how == "drop":
        del bent[i]
    elif how == "extend":
        bent.append(hashlib.sha256(bytes([byte])).digest())
    else:  # swap with the neighbour
        j = (i + 1) % len(bent)
        bent[i], bent[j] = bent[j], bent[i]
    return bent


HOW = st.sampled_from(["flip", "drop", "extend", "swap"])


@settings(max_examples=300, deadline=None)
@given(st.data(), HOW, st.integers(0, 63), st.integers(0, 255))
def test_a_tampered_inclusion_proof_fails(
    data: st.DataObject, how: str, position: int, byte: int
) -> None:
    n = data.draw(st.integers(min_value=2, max_value=300))
    m = data.draw(st.integers(min_value=0, max_value=n - 1))
    proof = BIG.inclusion_proof(m, n)
    bent = _tamper(proof, how, position, byte)
    if bent == proof:  # a swap of two equal hashes changes nothing
        return
    assert not verify_inclusion(m, n, BIG.leaf(m), bent, BIG.root(n))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_an_inclusion_proof_proves_only_its_own_leaf_index_and_root(data: st.DataObject) -> None:
    n = data.draw(st.integers(min_value=2, max_value=300))
    m = data.draw(st.integers(min_value=0, max_value=n - 1))
    other = data.draw(st.integers(min_value=0, max_value=n - 1).filter(lambda x: x != m))
    proof = BIG.inclusion_proof(m, n)
    assert not verify_inclusion(m, n, BIG.leaf(other), proof, BIG.root(n))
    assert not verify_inclusion(other, n, BIG.leaf(m), proof, BIG.root(n))
    assert not verify_inclusion(m, n, BIG.leaf(m), proof, BIG.root(n - 1))
    assert not verify_inclusion(n, n, BIG.leaf(m), proof, BIG.root(n))


@settings(max_examples=300, deadline=None)
@given(st.data(), HOW, st.integers(0, 63), st.integers(0, 255))
def test_a_tampered_consistency_proof_fails(
    data: st.DataObject, how: str, position: int, byte: int
) -> None:
    n = data.draw(st.integers(min_value=2, max_value=300))
    m = data.draw(st.integers(min_value=1, max_value=n - 1))
    proof = BIG.consistency_proof(m, n)
    bent = _tamper(proof, how, position, byte)
    if bent == proof:
        return
    assert not verify_consistency(m, n, BIG.root(m), BIG.root(n), bent)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_rewritten_history_is_not_consistent_with_the_witnessed_head(data: st.DataObject) -> None:
    """What the kiosks are for: the log's first m entries changed after a kiosk saw size m."""
    n = data.draw(st.integers(min_value=2, max_value=120))
    m = data.draw(st.integers(min_value=1, max_value=n - 1))
    victim = data.draw(st.integers(min_value=0, max_value=m - 1))
    forged = list(BIG_LEAVES[:n])
    forged[victim] = leaf_hash(b"rewritten")
    rewritten = MerkleTree(forged)
    assert not verify_consistency(
        m, n, BIG.root(m), rewritten.root(n), rewritten.consistency_proof(m, n)
    )


def test_degenerate_consistency_cases() -> None:
    assert verify_consistency(0, 8, EMPTY_ROOT, BIG.root(8), [])
    assert not verify_consistency(0, 8, BIG.root(1), BIG.root(8), [])
    assert verify_consistency(5, 5, BIG.root(5), BIG.root(5), [])
    assert not verify_consistency(5, 5, BIG.root(5), BIG.root(6), [])
    assert not verify_consistency(6, 5, BIG.root(6), BIG.root(5), BIG.consistency_proof(5, 6))
    assert not verify_consistency(3, 8, BIG.root(3), BIG.root(8), [])
    assert not verify_consistency(3, 8, b"short", BIG.root(8), BIG.consistency_proof(3, 8))


def test_truncate_forgets_a_lost_batch_exactly() -> None:
    tree = MerkleTree(BIG_LEAVES[:77])
    for leaf in _leaves(20):
        tree.append(leaf)
    tree.truncate(77)
    assert tree.size == 77 and tree.root() == BIG.root(77)
    tree.append(BIG_LEAVES[77])
    assert tree.root() == BIG.root(78)


def test_proofs_outside_the_tree_are_refused() -> None:
    with pytest.raises(ValueError):
        BIG.inclusion_proof(300, 300)
    with pytest.raises(ValueError):
        BIG.consistency_proof(5, 301)
    with pytest.raises(ValueError):
        MerkleTree().append(b"not 32 bytes")
