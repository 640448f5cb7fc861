;; Optimizer updates over the kernel memory (built only over the shared memory: scripts/build-wasm.mjs),
;; where the engine keeps big float32 variables and their slots. Kept apart from gemm.wat.
;;
;; apply_adam is ApplyAdam's JS loop (src/engine/ops/training/adam.ts) element for element: JS
;; evaluates each statement in float64 and rounds once when it stores into the Float32Array, so
;; this does the same float64 operations in the same order (promote, f64x2 sub/mul/add/div/sqrt,
;; demote: all IEEE, never fused) and reads m and v back as the float32 values just stored:
;;   m = f32(m + (g - m)·c1); v = f32(v + (g·g - v)·c2)
;;   num = nesterov ? g·c1 + b1·m : m;  w = f32(w - (num·alpha) / (sqrt(v) + eps))
;; Pointers are byte addresses (w, m, v, g: 16-byte aligned for the f32x4 loads), n elements; the
;; scalars are float32 values passed as their bits.
(module
  (memory (export "memory") 1)

  (func (export "apply_adam")
    (param $w i32) (param $m i32) (param $v i32) (param $g i32) (param $n i32)
    (param $c1b i32) (param $c2b i32) (param $b1b i32) (param $epsb i32) (param $alphab i32) (param $nest i32)
    (local $c1 f64) (local $c2 f64) (local $b1 f64) (local $eps f64) (local $alpha f64)
    (local $C1 v128) (local $C2 v128) (local $B1 v128) (local $EPS v128) (local $ALPHA v128)
    (local $i i32) (local $n4 i32) (local $o i32)
    (local $gv v128) (local $mv v128) (local $vv v128) (local $wv v128)
    (local $G v128) (local $M v128) (local $V v128) (local $W v128) (local $NUM v128)
    (local $mlo v128) (local $mhi v128) (local $vlo v128) (local $vhi v128) (local $wlo v128) (local $whi v128)
    (local $sg f64) (local $sm f64) (local $sv f64) (local $snum f64)
    (local.set $c1 (f64.promote_f32 (f32.reinterpret_i32 (local.get $c1b))))
    (local.set $c2 (f64.promote_f32 (f32.reinterpret_i32 (local.get $c2b))))
    (local.set $b1 (f64.promote_f32 (f32.reinterpret_i32 (local.get $b1b))))
    (local.set $eps (f64.promote_f32 (f32.reinterpret_i32 (local.get $epsb))))
    (local.set $alpha (f64.promote_f32 (f32.reinterpret_i32 (local.get $alphab))))
    (local.set $C1 (f64x2.splat (local.get $c1)))
    (local.set $C2 (f64x2.splat (local.get $c2)))
    (local.set $B1 (f64x2.splat (local.get $b1)))
    (local.set $EPS (f64x2.splat (local.get $eps)))
    (local.set $ALPHA (f64x2.splat (local.get $alpha)))
    (local.set $n4 (i32.and (local.get $n) (i32.const -4)))
    (block $done
      (loop $quad
        (br_if $done (i32.ge_u (local.get $i) (local.get $n4)))
        (local.set $o (i32.shl (local.get $i) (i32.const 2)))
        (local.set $gv (v128.load (i32.add (local.get $g) (local.get $o))))
        (local.set $mv (v128.load (i32.add (local.get $m) (local.get $o))))
        (local.set $vv (v128.load (i32.add (local.get $v) (local.get $o))))
        (local.set $wv (v128.load (i32.add (local.get $w) (local.get $o))))

        ;; lanes 0 and 1
        (local.set $G (f64x2.promote_low_f32x4 (local.get $gv)))
        (local.set $M (f64x2.promote_low_f32x4 (local.get $mv)))
        (local.set $V (f64x2.promote_low_f32x4 (local.get $vv)))
        (local.set $W (f64x2.promote_low_f32x4 (local.get $wv)))
        (local.set $mlo (f32x4.demote_f64x2_zero
          (f64x2.add (local.get $M) (f64x2.mul (f64x2.sub (local.get $G) (local.get $M)) (local.get $C1)))))
        (local.set $vlo (f32x4.demote_f64x2_zero
          (f64x2.add (local.get $V) (f64x2.mul (f64x2.sub (f64x2.mul (local.get $G) (local.get $G)) (local.get $V)) (local.get $C2)))))
        (local.set $M (f64x2.promote_low_f32x4 (local.get $mlo)))
        (local.set $V (f64x2.promote_low_f32x4 (local.get $vlo)))
        (if (local.get $nest)
          (then (local.set $NUM (f64x2.add (f64x2.mul (local.get $G) (local.get $C1)) (f64x2.mul (local.get $B1) (local.get $M)))))
          (else (local.set $NUM (local.get $M))))
        (local.set $wlo (f32x4.demote_f64x2_zero
          (f64x2.sub (local.get $W)
            (f64x2.div (f64x2.mul (local.get $NUM) (local.get $ALPHA)) (f64x2.add (f64x2.sqrt (local.get $V)) (local.get $EPS))))))

        ;; lanes 2 and 3, moved down first
        (local.set $G (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $gv) (local.get $gv))))
        (local.set $M (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $mv) (local.get $mv))))
        (local.set $V (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $vv) (local.get $vv))))
        (local.set $W (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $wv) (local.get $wv))))
        (local.set $mhi (f32x4.demote_f64x2_zero
          (f64x2.add (local.get $M) (f64x2.mul (f64x2.sub (local.get $G) (local.get $M)) (local.get $C1)))))
        (local.set $vhi (f32x4.demote_f64x2_zero
          (f64x2.add (local.get $V) (f64x2.mul (f64x2.sub (f64x2.mul (local.get $G) (local.get $G)) (local.get $V)) (local.get $C2)))))
        (local.set $M (f64x2.promote_low_f32x4 (local.get $mhi)))
        (local.set $V (f64x2.promote_low_f32x4 (local.get $vhi)))
        (if (local.get $nest)
          (then (local.set $NUM (f64x2.add (f64x2.mul (local.get $G) (local.get $C1)) (f64x2.mul (local.get $B1) (local.get $M)))))
          (else (local.set $NUM (local.get $M))))
        (local.set $whi (f32x4.demote_f64x2_zero
          (f64x2.sub (local.get $W)
            (f64x2.div (f64x2.mul (local.get $NUM) (local.get $ALPHA)) (f64x2.add (f64x2.sqrt (local.get $V)) (local.get $EPS))))))

        (v128.store (i32.add (local.get $m) (local.get $o))
          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $mlo) (local.get $mhi)))
        (v128.store (i32.add (local.get $v) (local.get $o))
          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $vlo) (local.get $vhi)))
        (v128.store (i32.add (local.get $w) (local.get $o))
          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $wlo) (local.get $whi)))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $quad)))
    ;; the last n mod 4 elements, one at a time, the same operations in scalar float64
    (block $end
      (loop $one
        (br_if $end (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $o (i32.shl (local.get $i) (i32.const 2)))
        (local.set $sg (f64.promote_f32 (f32.load (i32.add (local.get $g) (local.get $o)))))
        (local.set $sm (f64.promote_f32 (f32.load (i32.add (local.get $m) (local.get $o)))))
        (local.set $sv (f64.promote_f32 (f32.load (i32.add (local.get $v) (local.get $o)))))
        (f32.store (i32.add (local.get $m) (local.get $o)) (f32.demote_f64
          (f64.add (local.get $sm) (f64.mul (f64.sub (local.get $sg) (local.get $sm)) (local.get $c1)))))
        (f32.store (i32.add (local.get $v) (local.get $o)) (f32.demote_f64
          (f64.add (local.get $sv) (f64.mul (f64.sub (f64.mul (local.get $sg) (local.get $sg)) (local.get $sv)) (local.get $c2)))))
        (local.set $sm (f64.promote_f32 (f32.load (i32.add (local.get $m) (local.get $o)))))
        (local.set $sv (f64.promote_f32 (f32.load (i32.add (local.get $v) (local.get $o)))))
        (local.set $snum (if (result f64) (local.get $nest)
          (then (f64.add (f64.mul (local.get $sg) (local.get $c1)) (f64.mul (local.get $b1) (local.get $sm))))
          (else (local.get $sm))))
        (f32.store (i32.add (local.get $w) (local.get $o)) (f32.demote_f64
          (f64.sub (f64.promote_f32 (f32.load (i32.add (local.get $w) (local.get $o))))
            (f64.div (f64.mul (local.get $snum) (local.get $alpha)) (f64.add (f64.sqrt (local.get $sv)) (local.get $eps))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $one)))
  )
)
