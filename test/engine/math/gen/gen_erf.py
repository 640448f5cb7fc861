# Generates fixtures/erf.json: python3's math.erf / math.erfc at points across every regime of
# the engine's erf (series below |x| = 2, continued fraction above, tails to underflow) and for
# tf.distributions.Normal.cdf / log_cdf. Run from the repo root: python3 test/engine/math/gen/gen_erf.py
import json, math

points = sorted(set([0.0, 1e-8, -1e-8, 1e-3, 0.1, -0.1, 0.25, 0.5, -0.5, 0.75, 0.9, 1.0, -1.0, 1.25, 1.5, 1.75,
                     1.9, 1.99, 2.0, -2.0, 2.01, 2.25, 2.5, -2.5, 3.0, -3.0, 3.5, 4.0, 5.0, -5.0, 6.0, 8.0, 10.0,
                     15.0, -15.0, 20.0, 26.0]))
out = {
    "x": points,
    "erf": [math.erf(x) for x in points],
    "erfc": [math.erfc(x) for x in points],
}
# Normal(loc, scale).cdf(v) = 0.5 * erfc(-(v - loc) / (scale * sqrt(2))); log_cdf its log.
normal = {"loc": 1.5, "scale": 2.0, "v": [-10.0, -3.0, -1.0, 0.0, 1.5, 2.0, 4.0, 8.0]}
z = [-(v - normal["loc"]) / (normal["scale"] * math.sqrt(2)) for v in normal["v"]]
normal["cdf"] = [0.5 * math.erfc(t) for t in z]
normal["log_cdf"] = [math.log(0.5 * math.erfc(t)) for t in z]
out["normal"] = normal
with open("test/engine/math/fixtures/erf.json", "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
