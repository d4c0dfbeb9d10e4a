"""Draws the kernel's logos (kernelspec/logo-32x32.png, logo-64x64.png, logo-svg.svg).

The logo is a small graph (four nodes, five edges) in white on the Swift orange,
drawn with 8x8 supersampling and written with zlib only, so the output is the same
bytes on every run. Run from the repository root: python3 kernelspec/make_logos.py
"""
import struct
import zlib

ORANGE = (240, 81, 56)
NODES = [(0.30, 0.30), (0.72, 0.26), (0.70, 0.72), (0.28, 0.70)]
EDGES = [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2)]


def inside(x, y):
    """Returns True where the unit-square point (x, y) is white."""
    for cx, cy in NODES:
        if (x - cx) ** 2 + (y - cy) ** 2 <= 0.085 ** 2:
            return True
    for a, b in EDGES:
        (ax, ay), (bx, by) = NODES[a], NODES[b]
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        if (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= 0.03 ** 2:
            return True
    return False


def rounded(x, y, r=0.18):
    """Returns True inside the rounded square background."""
    qx, qy = min(x, 1 - x), min(y, 1 - y)
    if qx >= r or qy >= r:
        return 0 <= x <= 1 and 0 <= y <= 1
    return (qx - r) ** 2 + (qy - r) ** 2 <= r * r


def png(size):
    ss = 8
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            bg = fg = 0
            for sj in range(ss):
                for si in range(ss):
                    x, y = (i + (si + 0.5) / ss) / size, (j + (sj + 0.5) / ss) / size
                    if rounded(x, y):
                        bg += 1
                        fg += inside(x, y)
            n = ss * ss
            a, w = bg / n, (fg / bg if bg else 0)
            rgb = [round(c * (1 - w) + 255 * w) for c in ORANGE]
            row += bytes(rgb + [round(255 * a)])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def svg():
    s = 64
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{s}" height="{s}" viewBox="0 0 {s} {s}">',
             f'<rect width="{s}" height="{s}" rx="{0.18 * s:.2f}" fill="#f05138"/>']
    for a, b in EDGES:
        (ax, ay), (bx, by) = NODES[a], NODES[b]
        parts.append(f'<line x1="{ax * s:.2f}" y1="{ay * s:.2f}" x2="{bx * s:.2f}" y2="{by * s:.2f}" '
                     f'stroke="#fff" stroke-width="{0.06 * s:.2f}" stroke-linecap="round"/>')
    for cx, cy in NODES:
        parts.append(f'<circle cx="{cx * s:.2f}" cy="{cy * s:.2f}" r="{0.085 * s:.2f}" fill="#fff"/>')
    parts.append("</svg>\n")
    return "\n".join(parts)


if __name__ == "__main__":
    for n in (32, 64):
        with open(f"kernelspec/logo-{n}x{n}.png", "wb") as f:
            f.write(png(n))
    with open("kernelspec/logo-svg.svg", "w") as f:
        f.write(svg())
