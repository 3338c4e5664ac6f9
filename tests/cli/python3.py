# The workload of tests/cli/python3.sh: its output under ferry-user must equal the host python3's.
import hashlib, json, math, re, struct, sys, threading, zlib

# Floats: formatting, libm, rounding, special values, the float <-> text round trip.
xs = [0.1 * i for i in range(-7, 9)] + [1e300 * 10, -0.0, 2.0 ** -1074, 1 / 3]
print([repr(x) for x in xs])
print(sum(xs[:-3]), math.fsum(x for x in xs if math.isfinite(x)))
print([f"{math.sin(x):.17g} {math.exp(x):.17g} {math.log1p(abs(x)):.17g}" for x in xs[:16]])
print(math.sqrt(2), math.atan2(1, -1), math.pow(10, -5.5), math.fmod(-7.5, 2), math.hypot(3e200, 4e200))
print(round(2.675, 2), round(0.5), round(1.5), float("nan") == float("nan"), math.isnan(float("inf") - float("inf")))
print(struct.pack("<d", 1.1).hex(), struct.unpack("<f", struct.pack("<f", 3.14159))[0], float.fromhex("0x1.fffffffffffffp+1023"))
print("%e %g %.30f %a" % (1234.5678, 1e-5, 0.1, 0.1), (0.1).as_integer_ratio(), int(1e18 + 1.0))

# Big integers: multiplication, division, powers, bit operations, text conversions.
f = math.factorial(300)
print(f % (10 ** 40 + 7), len(str(f)), f.bit_length(), pow(3, 10 ** 5, 2 ** 521 - 1) % 10 ** 30)
a, b = 7 ** 400 + 12345, 3 ** 300 - 1
print(divmod(a, b)[1] % 10 ** 20, math.gcd(a * 6, b * 4), (a ^ b) & (2 ** 100 - 1), hex(a >> 1000)[:40], -a // b % 97)
print(int("9" * 500) % 1000003, math.isqrt(10 ** 200 + 12345), (-(2 ** 200)) >> 3)

# hashlib and zlib.
data = b"".join(i.to_bytes(4, "little") for i in range(50000))
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b"):
    print(name, hashlib.new(name, data).hexdigest())
packed = zlib.compress(data, 9)
print(len(packed), zlib.crc32(data), zlib.adler32(data), zlib.decompress(packed) == data)
d = zlib.compressobj(6, zlib.DEFLATED, -15)
raw = d.compress(data[:70000]) + d.flush()
print(len(raw), zlib.decompress(raw, -15) == data[:70000])

# json and re.
doc = {"name": "ferry", "values": [1, 2.5, -3e-7, None, True], "nested": {"π": "unicode ✓", "n": 2 ** 70}}
text = json.dumps(doc, sort_keys=True, ensure_ascii=False)
print(text, json.loads(text) == doc, json.dumps(json.loads('[1e400, -0.0, 1.5e-323]')))
pattern = re.compile(r"(?P<word>[A-Za-z]+)(?:-(?P<num>\d+))?")
print(pattern.findall("alpha-12 beta gamma-3 δelta"), re.sub(r"(\d+)", lambda m: str(int(m[1]) * 2), "a1 b22 c333"))
print(re.split(r"\s*[,;]\s*", "x , y;z,,w"), bool(re.fullmatch(r"(a|b)*c{2,3}", "ababcc")), re.escape("1+1=2?"))

# Threads: a lock-protected counter, a condition variable hand-off, results in a fixed order.
counter = 0
lock = threading.Lock()
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
workers = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
items, cond = [], threading.Condition()
def produce():
    for i in range(5):
        with cond:
            items.append(i * i)
            cond.notify()
t = threading.Thread(target=produce)
t.start()
got = []
while len(got) < 5:
    with cond:
        while not items:
            cond.wait()
        got.extend(items)
        items.clear()
t.join()
print(counter, got)

# Exceptions: raised, caught, chained, with a traceback's shape.
class Custom(Exception):
    pass
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise Custom("wrapped") from e
except Custom as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    int("x1")
except ValueError as e:
    print("ValueError:", e)
print(sys.byteorder, sys.maxsize, sys.float_info.epsilon, sys.int_info.bits_per_digit)
