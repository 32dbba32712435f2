"""Writes src/fixtures/npy-headers.json: edited .npy headers and what numpy makes of each.

numpy is the oracle: every case is loaded with np.load(allow_pickle=False), and its verdict — the dtype,
shape and values, or the exception's type — is stored beside the bytes. The test npy-corpus.test.ts checks
that parseNpy accepts exactly the float32/float64 files numpy loads (with the same numbers) and refuses
the rest. Seeded and deterministic: run `python3 scripts/npy-header-corpus.py` from packages/core-linalg.
"""

import base64
import io
import json
import random
import struct
import warnings

import numpy as np

MAGIC = b"\x93NUMPY"


def npy(header: str, data: bytes, version=(1, 0), encoding=None, pad=True) -> bytes:
    """A .npy file from a header text (padded to 64 bytes and ended by a newline, as numpy writes)."""
    enc = encoding or ("utf8" if version[0] == 3 else "latin1")
    text = header.encode(enc, errors="surrogateescape") if isinstance(header, str) else header
    length_bytes = 2 if version[0] == 1 else 4
    if pad:
        total = len(MAGIC) + 2 + length_bytes + len(text) + 1
        text = text + b" " * ((64 - total % 64) % 64) + b"\n"
    length = struct.pack("<H" if length_bytes == 2 else "<I", len(text) % (1 << (8 * length_bytes)))
    return MAGIC + bytes(version) + length + text + data


def verdict(blob: bytes):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            array = np.load(io.BytesIO(blob), allow_pickle=False)
    except Exception as error:  # noqa: BLE001 - the oracle records every refusal
        return {"ok": False, "error": type(error).__name__}
    out = {"ok": True, "dtype": array.dtype.str, "shape": list(array.shape)}
    if array.dtype.kind == "f" and array.dtype.itemsize in (4, 8):
        out["values"] = [float(x) if np.isfinite(x) else str(x) for x in np.ravel(array, order="C")]
    return out


def main() -> None:
    rng = random.Random(14)
    cases = []

    def add(name, blob):
        cases.append({"name": name, "bytes": base64.b64encode(blob).decode(), "numpy": verdict(blob)})

    f8 = np.arange(6, dtype="<f8") * 1.5 + 1
    f4 = np.arange(6, dtype="<f4") * 0.25 + 1
    b8 = f8.astype(">f8")
    # numpy's own files, as references
    for label, array, order in [("f8", f8, "C"), ("f4", f4, "C"), (">f8", b8, "C"), ("f8 2x3", f8.reshape(2, 3), "C"),
                                ("f8 2x3 fortran", np.asfortranarray(f8.reshape(2, 3)), "F"), ("f4 3x2", f4.reshape(3, 2), "C")]:
        buffer = io.BytesIO()
        np.save(buffer, array)
        add(f"np.save {label}", buffer.getvalue())

    data8 = f8.tobytes()
    base = "{'descr': '<f8', 'fortran_order': False, 'shape': (6,), }"

    # dict shape: keys, order, quotes, trailing commas, white space, comments
    headers = [
        base,
        "{'shape': (6,), 'fortran_order': False, 'descr': '<f8'}",
        '{"descr": "<f8", "fortran_order": False, "shape": (6,)}',
        "{'descr':'<f8','fortran_order':False,'shape':(6,)}",
        "{\n 'descr': '<f8',\n 'fortran_order': False,\n 'shape': (6,)\n}",
        "{'descr': '<f8', # a comment\n 'fortran_order': False, 'shape': (6,)}",
        "# 'descr': '<f4'\n{'descr': '<f8', 'fortran_order': False, 'shape': (6,)}",
        "{'shape': (6,), 'fortran_order': False, # 'descr': '<f4',\n 'descr': '<f8'}",
        "{'descr': '<' 'f8', 'fortran_order': False, 'shape': (6,)}",
        "{'descr': u'<f8', 'fortran_order': False, 'shape': (6,)}",
        "{'descr': r'<f8', 'fortran_order': False, 'shape': (6,)}",
        "{'descr': b'<f8', 'fortran_order': False, 'shape': (6,)}",
        "{'descr': '\\x3cf8', 'fortran_order': False, 'shape': (6,)}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (6,), 'descr': '<f8'}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (6,), 'descr': '<f8'}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (6,), 'extra': 1}",
        "{'descr': '<f8', 'fortran_order': False}",
        "{'descr': '<f8', 'shape': (6,)}",
        "{'descr': '<f8', 'fortran_order': False, 'Shape': (6,)}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (6,)",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (6,)}}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (6,)} 1",
        "['descr', '<f8']",
        "{'descr', 'fortran_order', 'shape'}",
        "{}",
        "",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (6,),,}",
        "{'descr': '<f8' 'fortran_order': False, 'shape': (6,)}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (6,), 'x'}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (6,), 'x\\'descr\\': \\'<f4\\'': 1}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (6,), 1: 2}",
        "{'descr': \"<f8\", 'fortran_order': False, 'shape': (6,)}",
        "{'descr': '''<f8''', 'fortran_order': False, 'shape': (6,)}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (6,)}\\\n",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (6,)}\x00",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (6,)}\t\r\n",
        "{'descr': '<f8\n', 'fortran_order': False, 'shape': (6,)}",
    ]
    # fortran_order values
    for value in ["True", "False", "0", "1", "true", "'False'", "None", "(False)", "not False", "[False]"]:
        headers.append(f"{{'descr': '<f8', 'fortran_order': {value}, 'shape': (6,)}}")
    # shapes
    for value in ["(6,)", "(6)", "[6]", "(6.0,)", "(-6,)", "(2, 3)", "(3, 2)", "(2, 3,)", "(1, 6)", "(6, 1)", "()", "(0,)",
                  "(True,)", "(2, True, 3)", "(6L,)", "(0x6,)", "(0o6,)", "(0b110,)", "(6_0,)", "(1_2,)", "(+6,)", "(-(-6),)",
                  "(06,)", "('6',)", "(None,)", "(6,,)", "(,)", "((6,),)", "(2**3,)", "(6j,)", "(1e1,)", "(12,)", "(3,)",
                  "(2, -3)", "(9007199254740993,)", "(99999999999999999999,)", "(6 ,)", "( 6 , )", "(6\n,)"]:
        headers.append(f"{{'descr': '<f8', 'fortran_order': False, 'shape': {value}}}")
    # descr spellings
    for value in ["'<f8'", "'>f8'", "'=f8'", "'|f8'", "'f8'", "'<d'", "'d'", "'float64'", "'double'", "'float'", "'<f4'",
                  "'f4'", "'f'", "'single'", "'float32'", "'<f2'", "'<f16'", "'<i8'", "'|u1'", "'|b1'", "'<c16'", "'|O'",
                  "'<U3'", "'|S3'", "'<M8[s]'", "'F8'", "'<float64'", "'f8 '", "' f8'", "''", "'<'", "'<f'", "'>d'", "8",
                  "None", "[('a', '<f8')]", "[('a', '<f4'), ('b', '<f4')]", "('<f8', (2,))", "'<f08'", "'<f8,'", "\"<f8\""]:
        headers.append(f"{{'descr': {value}, 'fortran_order': False, 'shape': (6,)}}")
    for k, header in enumerate(headers):
        # 12 float64s: enough bytes for any of these headers' shapes in float32 or float64 (numpy ignores extra bytes)
        add(f"header {k}: {header[:60]!r}", npy(header, data8 + data8))

    # Python 2's L suffix, in each version (numpy strips it in versions 1 and 2 only)
    for version in [(1, 0), (2, 0), (3, 0)]:
        add(f"L suffix v{version}", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (6L,), }", data8, version))
        add(f"plain v{version}", npy(base, data8, version))
    # versions and preambles
    for version in [(1, 1), (0, 0), (4, 0), (2, 1), (255, 0)]:
        add(f"version {version}", npy(base, data8, version))
    add("bad magic", b"\x93NUMPX" + npy(base, data8)[6:])
    add("no padding newline", npy(base, data8, pad=False))
    add("utf-8 descr in v3", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (6,), }".replace("<f8", "<f8"), data8, (3, 0)))
    add("latin-1 byte in v1 string", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (6,), 'x': 'é'}", data8))
    add("invalid utf-8 in v3", MAGIC + bytes((3, 0)) + struct.pack("<I", 64) + b"{'descr': '<f8', 'fortran_order': False, 'shape': (6,), '\xff'}".ljust(63) + b"\n" + data8)
    long_header = "{'descr': '<f8', 'fortran_order': False, 'shape': (6,), }" + " " * 10050
    add("header over 10000 characters", npy(long_header, data8, (2, 0)))
    add("header of 9000 characters", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (6,), }" + " " * 8900, data8, (2, 0)))
    # data sizes
    add("data one byte short", npy(base, data8[:-1]))
    add("data one element short", npy(base, data8[:-8]))
    add("data with extra bytes", npy(base, data8 + b"\x00" * 8))
    add("no data", npy(base, b""))
    add("header length beyond the file", MAGIC + bytes((1, 0)) + struct.pack("<H", 5000) + base.encode())
    add("cut inside the preamble", MAGIC + bytes((1,)))
    # random byte edits of the header text of a reference file
    reference = npy(base, data8)
    header_end = 10 + struct.unpack("<H", reference[8:10])[0]
    for k in range(150):
        blob = bytearray(reference)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(10, header_end)
            blob[at] = rng.choice(b"{}()[]',:# \n01236-<>fdTFLx_\"\\") if rng.random() < 0.7 else rng.randrange(256)
        add(f"header byte edit {k}", bytes(blob))
    with open("src/fixtures/npy-headers.json", "w") as out:
        json.dump({"numpy": np.__version__, "seed": 14, "cases": cases}, out, indent=0)
    ok = sum(c["numpy"]["ok"] for c in cases)
    print(f"{len(cases)} cases, numpy {np.__version__}: {ok} loaded, {len(cases) - ok} refused")


if __name__ == "__main__":
    main()
