;; One-pass statistics of float32 arrays in WebAssembly 128-bit SIMD, for training telemetry and
;; the kernel's inspection after every step (src/engine/inspect/wasm_stats.ts stages the arrays
;; into this module's own memory a chunk at a time and calls these; see docs/ENGINE.md section 12).
;; Compiled by scripts/build-wasm.mjs into stats_wasm.ts (base64), loaded synchronously.
;;
;; Pointers are bytes into the exported memory; n counts floats and is a multiple of 8 (the
;; caller adds the last one to seven elements itself). Accumulators live in memory at $acc, so a
;; long array can be fed in chunks: every call loads them, runs, and stores them back.
;; Sums are float64 (each float32 is promoted exactly; a float32 square is exact in float64 and
;; cannot overflow it), in eight lanes: element i goes to lane i mod 8. `moments` counts the finite
;; elements and leaves the others out, exactly.
(module
  (memory (export "memory") 1)

  ;; Over the finite elements only: a NaN or ±Infinity is replaced by +0 in the sums, by +Inf in
  ;; the min and -Inf in the max, and not counted. (x - x is 0 exactly when x is finite.)
  ;; acc (bytes): 0 sum lanes 0-1, 16 sum 2-3, 32 sum 4-5, 48 sum 6-7, 64 squares 0-1, 80 squares 2-3,
  ;; 96 squares 4-5, 112 squares 6-7 (f64x2 each), 128 min (f32x4), 144 max (f32x4), 160 count of
  ;; finite elements (i32x4). min/max are f32x4.min/max: -0 below +0 (Math.min's order).
  (func (export "moments") (param $p i32) (param $n i32) (param $acc i32)
    (local $end i32) (local $v v128) (local $w v128) (local $x v128) (local $mv v128) (local $mw v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local $q0 v128) (local $q1 v128) (local $q2 v128) (local $q3 v128)
    (local $mn v128) (local $mx v128) (local $cnt v128) (local $inf v128) (local $ninf v128)
    (local.set $inf (f32x4.splat (f32.const inf)))
    (local.set $ninf (f32x4.splat (f32.const -inf)))
    (local.set $cnt (v128.load offset=160 (local.get $acc)))
    (local.set $s0 (v128.load offset=0 (local.get $acc)))
    (local.set $s1 (v128.load offset=16 (local.get $acc)))
    (local.set $s2 (v128.load offset=32 (local.get $acc)))
    (local.set $s3 (v128.load offset=48 (local.get $acc)))
    (local.set $q0 (v128.load offset=64 (local.get $acc)))
    (local.set $q1 (v128.load offset=80 (local.get $acc)))
    (local.set $q2 (v128.load offset=96 (local.get $acc)))
    (local.set $q3 (v128.load offset=112 (local.get $acc)))
    (local.set $mn (v128.load offset=128 (local.get $acc)))
    (local.set $mx (v128.load offset=144 (local.get $acc)))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
    (block $done
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (loop $l
        (local.set $v (v128.load offset=0 (local.get $p)))
        (local.set $w (v128.load offset=16 (local.get $p)))
        ;; all ones in the lanes of finite elements
        (local.set $mv (f32x4.eq (f32x4.sub (local.get $v) (local.get $v)) (v128.const f32x4 0 0 0 0)))
        (local.set $mw (f32x4.eq (f32x4.sub (local.get $w) (local.get $w)) (v128.const f32x4 0 0 0 0)))
        (local.set $cnt (i32x4.sub (i32x4.sub (local.get $cnt) (local.get $mv)) (local.get $mw)))
        (local.set $mn (f32x4.min (local.get $mn) (f32x4.min
          (v128.bitselect (local.get $v) (local.get $inf) (local.get $mv))
          (v128.bitselect (local.get $w) (local.get $inf) (local.get $mw)))))
        (local.set $mx (f32x4.max (local.get $mx) (f32x4.max
          (v128.bitselect (local.get $v) (local.get $ninf) (local.get $mv))
          (v128.bitselect (local.get $w) (local.get $ninf) (local.get $mw)))))
        (local.set $v (v128.and (local.get $v) (local.get $mv)))
        (local.set $w (v128.and (local.get $w) (local.get $mw)))
        (local.set $x (f64x2.promote_low_f32x4 (local.get $v)))
        (local.set $s0 (f64x2.add (local.get $s0) (local.get $x)))
        (local.set $q0 (f64x2.add (local.get $q0) (f64x2.mul (local.get $x) (local.get $x))))
        (local.set $x (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $v) (local.get $v))))
        (local.set $s1 (f64x2.add (local.get $s1) (local.get $x)))
        (local.set $q1 (f64x2.add (local.get $q1) (f64x2.mul (local.get $x) (local.get $x))))
        (local.set $x (f64x2.promote_low_f32x4 (local.get $w)))
        (local.set $s2 (f64x2.add (local.get $s2) (local.get $x)))
        (local.set $q2 (f64x2.add (local.get $q2) (f64x2.mul (local.get $x) (local.get $x))))
        (local.set $x (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $w) (local.get $w))))
        (local.set $s3 (f64x2.add (local.get $s3) (local.get $x)))
        (local.set $q3 (f64x2.add (local.get $q3) (f64x2.mul (local.get $x) (local.get $x))))
        (local.set $p (i32.add (local.get $p) (i32.const 32)))
        (br_if $l (i32.lt_u (local.get $p) (local.get $end)))))
    (v128.store offset=0 (local.get $acc) (local.get $s0))
    (v128.store offset=16 (local.get $acc) (local.get $s1))
    (v128.store offset=32 (local.get $acc) (local.get $s2))
    (v128.store offset=48 (local.get $acc) (local.get $s3))
    (v128.store offset=64 (local.get $acc) (local.get $q0))
    (v128.store offset=80 (local.get $acc) (local.get $q1))
    (v128.store offset=96 (local.get $acc) (local.get $q2))
    (v128.store offset=112 (local.get $acc) (local.get $q3))
    (v128.store offset=128 (local.get $acc) (local.get $mn))
    (v128.store offset=144 (local.get $acc) (local.get $mx))
    (v128.store offset=160 (local.get $acc) (local.get $cnt)))

  ;; Sum of squares of float64(b[i]) - float64(a[i]), eight lanes (acc: four f64x2 at 0, 16, 32, 48).
  ;; Exact differences of float32 values squared in float64: no overflow.
  (func (export "diff_squares") (param $a i32) (param $b i32) (param $n i32) (param $acc i32)
    (local $end i32) (local $va v128) (local $vb v128) (local $x v128)
    (local $q0 v128) (local $q1 v128) (local $q2 v128) (local $q3 v128)
    (local.set $q0 (v128.load offset=0 (local.get $acc)))
    (local.set $q1 (v128.load offset=16 (local.get $acc)))
    (local.set $q2 (v128.load offset=32 (local.get $acc)))
    (local.set $q3 (v128.load offset=48 (local.get $acc)))
    (local.set $end (i32.add (local.get $a) (i32.shl (local.get $n) (i32.const 2))))
    (block $done
      (br_if $done (i32.ge_u (local.get $a) (local.get $end)))
      (loop $l
        (local.set $va (v128.load offset=0 (local.get $a)))
        (local.set $vb (v128.load offset=0 (local.get $b)))
        (local.set $x (f64x2.sub (f64x2.promote_low_f32x4 (local.get $vb)) (f64x2.promote_low_f32x4 (local.get $va))))
        (local.set $q0 (f64x2.add (local.get $q0) (f64x2.mul (local.get $x) (local.get $x))))
        (local.set $x (f64x2.sub
          (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $vb) (local.get $vb)))
          (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $va) (local.get $va)))))
        (local.set $q1 (f64x2.add (local.get $q1) (f64x2.mul (local.get $x) (local.get $x))))
        (local.set $va (v128.load offset=16 (local.get $a)))
        (local.set $vb (v128.load offset=16 (local.get $b)))
        (local.set $x (f64x2.sub (f64x2.promote_low_f32x4 (local.get $vb)) (f64x2.promote_low_f32x4 (local.get $va))))
        (local.set $q2 (f64x2.add (local.get $q2) (f64x2.mul (local.get $x) (local.get $x))))
        (local.set $x (f64x2.sub
          (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $vb) (local.get $vb)))
          (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $va) (local.get $va)))))
        (local.set $q3 (f64x2.add (local.get $q3) (f64x2.mul (local.get $x) (local.get $x))))
        (local.set $a (i32.add (local.get $a) (i32.const 32)))
        (local.set $b (i32.add (local.get $b) (i32.const 32)))
        (br_if $l (i32.lt_u (local.get $a) (local.get $end)))))
    (v128.store offset=0 (local.get $acc) (local.get $q0))
    (v128.store offset=16 (local.get $acc) (local.get $q1))
    (v128.store offset=32 (local.get $acc) (local.get $q2))
    (v128.store offset=48 (local.get $acc) (local.get $q3)))
)
