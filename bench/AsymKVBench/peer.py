"""NumPy peer of AsymKVBench: the same decode-step attention over a float, 2-bit or 1-bit KIVI cache
(keys per channel in groups of 32 tokens, values per token in groups of 32 channels, residual 128),
with codes packed 32/b per uint32 word and dequantised on the fly for the step; plus quantisation
throughput and a memory-read bandwidth probe. Prints one JSON object of best times (ms) / GB/s."""
import argparse, json, os, time
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np

ap = argparse.ArgumentParser()
ap.add_argument("--tokens", type=int, default=4096)
ap.add_argument("--repeats", type=int, default=30)
a = ap.parse_args()
G, R = 32, 128

def best(fn, repeats):
    for _ in range(3): fn()
    t = float("inf")
    for _ in range(repeats):
        s = time.perf_counter(); fn(); t = min(t, time.perf_counter() - s)
    return t * 1e3

def pack(codes, bits):  # codes [..., n] uint32, n multiple of 32/bits
    per = 32 // bits
    c = codes.reshape(codes.shape[:-1] + (codes.shape[-1] // per, per)).astype(np.uint32)
    return np.bitwise_or.reduce(c << (np.arange(per, dtype=np.uint32) * bits), axis=-1)

def unpack(words, bits):
    per = 32 // bits
    c = (words[..., None] >> (np.arange(per, dtype=np.uint32) * bits)) & ((1 << bits) - 1)
    return c.reshape(words.shape[:-1] + (words.shape[-1] * per,))

def quantize(x, bits, axis):  # groups along `axis` of length G
    lo = x.min(axis=axis, keepdims=True); hi = x.max(axis=axis, keepdims=True)
    s = (hi - lo) / ((1 << bits) - 1)
    q = np.where(s > 0, np.rint((x - lo) / np.where(s > 0, s, 1)), 0).clip(0, (1 << bits) - 1).astype(np.uint32)
    return q, s.astype(np.float32), lo.astype(np.float32)

class Cache:
    def __init__(self, K, V, heads, hd, bits):
        self.h, self.hd, self.bits = heads, hd, bits
        n, c = K.shape
        if bits is None:
            self.K, self.V = K, V; return
        nk = (n // R) * R; nv = max(n - R, 0)
        kq = K[:nk].reshape(nk // G, G, c).transpose(0, 2, 1)          # [blocks, c, G]
        q, self.ks, self.kz = quantize(kq, bits, axis=2)
        self.kw = pack(q, bits)                                        # [blocks, c, G*b/32]
        self.kres = K[nk:]
        vq = V[:nv].reshape(nv, heads, hd // G, G)
        q, self.vs, self.vz = quantize(vq, bits, axis=3)
        self.vw = pack(q, bits)
        self.vres = V[nv:]

    def attend(self, q):
        h, hd = self.h, self.hd
        qh = q.reshape(h, hd) / np.sqrt(hd)
        if self.bits is None:
            K = self.K.reshape(-1, h, hd); V = self.V.reshape(-1, h, hd)
            s = np.einsum("nhd,hd->hn", K, qh)
            s = np.exp(s - s.max(axis=1, keepdims=True)); s /= s.sum(axis=1, keepdims=True)
            return np.einsum("hn,nhd->hd", s, V).reshape(-1)
        kd = (unpack(self.kw, self.bits) * self.ks + self.kz)          # [blocks, c, G] dequantised on the fly
        Kq = kd.transpose(0, 2, 1).reshape(-1, h, hd)
        K = np.concatenate([Kq, self.kres.reshape(-1, h, hd)])
        s = np.einsum("nhd,hd->hn", K, qh)
        s = np.exp(s - s.max(axis=1, keepdims=True)); s /= s.sum(axis=1, keepdims=True)
        vd = (unpack(self.vw, self.bits) * self.vs + self.vz).reshape(-1, h, hd)
        V = np.concatenate([vd, self.vres.reshape(-1, h, hd)])
        return np.einsum("hn,nhd->hd", s, V).reshape(-1)

out = {}
big = np.ones(64 << 20, dtype=np.float32)
out["bandwidth"] = big.nbytes / (best(lambda: big.sum(), 5) / 1e3) / 1e9
rng = np.random.default_rng(0)
for heads, hd in [(4, 32), (32, 128)]:
    c = heads * hd
    K = rng.standard_normal((a.tokens, c), dtype=np.float32); K[:, ::17] *= 8
    V = rng.standard_normal((a.tokens, c), dtype=np.float32)
    q = rng.standard_normal(c, dtype=np.float32)
    for bits, name in [(None, "float"), (2, "2-bit"), (1, "1-bit")]:
        cache = Cache(K, V, heads, hd, bits)
        out[f"attend_{heads}x{hd}_{name}"] = best(lambda: cache.attend(q), a.repeats)
        if bits is not None:
            ms = best(lambda: Cache(K, V, heads, hd, bits), max(a.repeats // 5, 3))
            out[f"quant_{heads}x{hd}_{name}"] = 2 * K.nbytes / (ms / 1e3) / 1e9
print(json.dumps(out))
