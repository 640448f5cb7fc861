;; float32 GEMM kernels in WebAssembly 128-bit SIMD, written by hand, and the im2col walks the
;; convolutions feed them with (they share one memory, so they live in one module).
;; Compiled by scripts/build-wasm.mjs into gemm_wasm.ts (base64), loaded synchronously.
;;
;; All pointers and strides are in bytes into the exported memory. C is row-major [M,N] with
;; row stride ldc. Two loop shapes, chosen by the caller per call:
;;
;; gemm_outer: C[i,:] = sum_k A(i,k) * B[k,:]. B is row-major with row stride ldb (N contiguous).
;;   A(i,k) lives at a + i*sai + k*sak, so A may be normal (sai=K*4, sak=4) or transposed
;;   (sai=4, sak=M*4) without packing. Each A(i,k) is loaded once and broadcast
;;   (v128.load32_splat), then multiply-added into rows of C kept in registers: a 3x12 block
;;   of C is nine f32x4 accumulators (bands of 3 rows; 2 and 1 for the rows left over).
;;   Each accumulator takes one add per k whose latency (4 cycles) bounds the loop, so more
;;   independent accumulators run faster until registers run out: 3x12 over 2x12 measured
;;   1.12-1.28x (wave 10, docs/ENGINE.md 12); 4x12 spills. An earlier 3x12 measured slower
;;   (~74 vs ~39 µs) because its accumulate flag was a parameter live across the loop and the
;;   accumulate path reassigned the accumulators: the flag is now a global and each path stores. The last partial column group overlaps the previous one (it ends at
;;   column N-1), so no lane ever writes past a row's end and N=10 costs 12 lanes, not 16.
;;   Needs N >= 4.
;;
;; gemm_dot: C[i,j] = dot(A[i,:], Bt[j,:]): both operands K-contiguous (A row stride lda, Bt row
;;   stride ldb); 2x4 blocks of dot products, each an f32x4 accumulator summed across lanes at
;;   the end; K need not be a multiple of 4 (the tail runs in scalar). Serves outputs narrower
;;   than 4 columns. (For x[100,784]·W[784,10] with W packed transposed it measured ~90 µs
;;   against ~40 for gemm_outer; for K=10 its per-dot tails made it slower than plain JS.)
(module
  (memory (export "memory") 1)

  ;; ---------------------------------------------------------------- outer-product form
  ;; 1 when the kernels add their product onto C (gemm_outer_acc), 0 when they store it. A global
  ;; rather than a parameter: a parameter stays live in a register across the k loop, and the
  ;; 3x12 loop then spilled (measured 0.55x of the loop without it). Each thread has its own
  ;; instance, so its own global.
  (global $acc (mut i32) (i32.const 0))
  ;; Rows of C computed by the single-row path (1x4 tiles) in this instance: tests read it to see
  ;; which bands a shape took (counted per row, outside every k loop).
  (global $single_rows (export "single_rows") (mut i32) (i32.const 0))
  ;; 3 rows x 12 columns of C: nine f32x4 accumulators (plus three of B and the broadcast: 13 of
  ;; the 16 xmm registers). The third column group starts at byte offset $o2 (32, or less when it
  ;; overlaps the second to end exactly at the row's end). 3x8 and 3x4 serve the last columns.
  (func $outer3x12 (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                (param $c i32) (param $ldc i32) (param $k i32) (param $o2 i32)
    (local $p0 i32) (local $p1 i32) (local $p2 i32) (local $x v128) (local $b0 v128) (local $b1 v128) (local $b2 v128)
    (local $c00 v128) (local $c01 v128) (local $c02 v128)
    (local $c10 v128) (local $c11 v128) (local $c12 v128)
    (local $c20 v128) (local $c21 v128) (local $c22 v128)
    (local.set $p0 (local.get $a))
    (local.set $p1 (i32.add (local.get $p0) (local.get $sai)))
    (local.set $p2 (i32.add (local.get $p1) (local.get $sai)))
    (block $done
      (br_if $done (i32.le_s (local.get $k) (i32.const 0)))
      (loop $kloop
        (local.set $b0 (v128.load (local.get $b)))
        (local.set $b1 (v128.load offset=16 (local.get $b)))
        (local.set $b2 (v128.load (i32.add (local.get $b) (local.get $o2))))
        (local.set $x (v128.load32_splat (local.get $p0)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $c02 (f32x4.add (local.get $c02) (f32x4.mul (local.get $x) (local.get $b2))))
        (local.set $x (v128.load32_splat (local.get $p1)))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $c12 (f32x4.add (local.get $c12) (f32x4.mul (local.get $x) (local.get $b2))))
        (local.set $x (v128.load32_splat (local.get $p2)))
        (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $c22 (f32x4.add (local.get $c22) (f32x4.mul (local.get $x) (local.get $b2))))
        (local.set $p0 (i32.add (local.get $p0) (local.get $sak)))
        (local.set $p1 (i32.add (local.get $p1) (local.get $sak)))
        (local.set $p2 (i32.add (local.get $p2) (local.get $sak)))
        (local.set $b (i32.add (local.get $b) (local.get $ldb)))
        (br_if $kloop (local.tee $k (i32.sub (local.get $k) (i32.const 1))))))
    (if (global.get $acc)
      (then
        (v128.store (local.get $c) (f32x4.add (local.get $c00) (v128.load (local.get $c))))
        (v128.store offset=16 (local.get $c) (f32x4.add (local.get $c01) (v128.load offset=16 (local.get $c))))
        (v128.store (i32.add (local.get $c) (local.get $o2)) (f32x4.add (local.get $c02) (v128.load (i32.add (local.get $c) (local.get $o2)))))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (local.get $c10) (v128.load (local.get $c))))
        (v128.store offset=16 (local.get $c) (f32x4.add (local.get $c11) (v128.load offset=16 (local.get $c))))
        (v128.store (i32.add (local.get $c) (local.get $o2)) (f32x4.add (local.get $c12) (v128.load (i32.add (local.get $c) (local.get $o2)))))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (local.get $c20) (v128.load (local.get $c))))
        (v128.store offset=16 (local.get $c) (f32x4.add (local.get $c21) (v128.load offset=16 (local.get $c))))
        (v128.store (i32.add (local.get $c) (local.get $o2)) (f32x4.add (local.get $c22) (v128.load (i32.add (local.get $c) (local.get $o2))))))
      (else
        (v128.store (local.get $c) (local.get $c00))
        (v128.store offset=16 (local.get $c) (local.get $c01))
        (v128.store (i32.add (local.get $c) (local.get $o2)) (local.get $c02))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (local.get $c10))
        (v128.store offset=16 (local.get $c) (local.get $c11))
        (v128.store (i32.add (local.get $c) (local.get $o2)) (local.get $c12))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (local.get $c20))
        (v128.store offset=16 (local.get $c) (local.get $c21))
        (v128.store (i32.add (local.get $c) (local.get $o2)) (local.get $c22)))))

  (func $outer3x8 (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                (param $c i32) (param $ldc i32) (param $k i32) (param $o1 i32)
    (local $p0 i32) (local $p1 i32) (local $p2 i32) (local $x v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128)
    (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128)
    (local.set $p0 (local.get $a))
    (local.set $p1 (i32.add (local.get $p0) (local.get $sai)))
    (local.set $p2 (i32.add (local.get $p1) (local.get $sai)))
    (block $done
      (br_if $done (i32.le_s (local.get $k) (i32.const 0)))
      (loop $kloop
        (local.set $b0 (v128.load (local.get $b)))
        (local.set $b1 (v128.load (i32.add (local.get $b) (local.get $o1))))
        (local.set $x (v128.load32_splat (local.get $p0)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $x (v128.load32_splat (local.get $p1)))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $x (v128.load32_splat (local.get $p2)))
        (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $p0 (i32.add (local.get $p0) (local.get $sak)))
        (local.set $p1 (i32.add (local.get $p1) (local.get $sak)))
        (local.set $p2 (i32.add (local.get $p2) (local.get $sak)))
        (local.set $b (i32.add (local.get $b) (local.get $ldb)))
        (br_if $kloop (local.tee $k (i32.sub (local.get $k) (i32.const 1))))))
    (if (global.get $acc)
      (then
        (v128.store (local.get $c) (f32x4.add (local.get $c00) (v128.load (local.get $c))))
        (v128.store (i32.add (local.get $c) (local.get $o1)) (f32x4.add (local.get $c01) (v128.load (i32.add (local.get $c) (local.get $o1)))))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (local.get $c10) (v128.load (local.get $c))))
        (v128.store (i32.add (local.get $c) (local.get $o1)) (f32x4.add (local.get $c11) (v128.load (i32.add (local.get $c) (local.get $o1)))))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (local.get $c20) (v128.load (local.get $c))))
        (v128.store (i32.add (local.get $c) (local.get $o1)) (f32x4.add (local.get $c21) (v128.load (i32.add (local.get $c) (local.get $o1))))))
      (else
        (v128.store (local.get $c) (local.get $c00))
        (v128.store (i32.add (local.get $c) (local.get $o1)) (local.get $c01))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (local.get $c10))
        (v128.store (i32.add (local.get $c) (local.get $o1)) (local.get $c11))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (local.get $c20))
        (v128.store (i32.add (local.get $c) (local.get $o1)) (local.get $c21)))))

  (func $outer3x4 (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                (param $c i32) (param $ldc i32) (param $k i32)
    (local $p0 i32) (local $p1 i32) (local $p2 i32) (local $x v128) (local $b0 v128)
    (local $c00 v128)
    (local $c10 v128)
    (local $c20 v128)
    (local.set $p0 (local.get $a))
    (local.set $p1 (i32.add (local.get $p0) (local.get $sai)))
    (local.set $p2 (i32.add (local.get $p1) (local.get $sai)))
    (block $done
      (br_if $done (i32.le_s (local.get $k) (i32.const 0)))
      (loop $kloop
        (local.set $b0 (v128.load (local.get $b)))
        (local.set $x (v128.load32_splat (local.get $p0)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $x (v128.load32_splat (local.get $p1)))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $x (v128.load32_splat (local.get $p2)))
        (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $p0 (i32.add (local.get $p0) (local.get $sak)))
        (local.set $p1 (i32.add (local.get $p1) (local.get $sak)))
        (local.set $p2 (i32.add (local.get $p2) (local.get $sak)))
        (local.set $b (i32.add (local.get $b) (local.get $ldb)))
        (br_if $kloop (local.tee $k (i32.sub (local.get $k) (i32.const 1))))))
    (if (global.get $acc)
      (then
        (v128.store (local.get $c) (f32x4.add (local.get $c00) (v128.load (local.get $c))))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (local.get $c10) (v128.load (local.get $c))))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (local.get $c20) (v128.load (local.get $c)))))
      (else
        (v128.store (local.get $c) (local.get $c00))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (local.get $c10))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (local.get $c20)))))


  ;; The same for a band of 2 rows (12, 8 and 4 columns); this was the only row tile before wave 10.
  ;; 2 rows x 12 columns of C: six f32x4 accumulators. The third column group starts at byte
  ;; offset $o2 (32, or less when it overlaps the second to end exactly at the row's end).
  (func $outer2x12 (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                (param $c i32) (param $ldc i32) (param $k i32) (param $o2 i32)
    (local $p0 i32) (local $p1 i32) (local $x v128) (local $b0 v128) (local $b1 v128) (local $b2 v128)
    (local $c00 v128) (local $c01 v128) (local $c02 v128)
    (local $c10 v128) (local $c11 v128) (local $c12 v128)
    (local.set $p0 (local.get $a))
    (local.set $p1 (i32.add (local.get $p0) (local.get $sai)))
    (block $done
      (br_if $done (i32.le_s (local.get $k) (i32.const 0)))
      (loop $kloop
        (local.set $b0 (v128.load (local.get $b)))
        (local.set $b1 (v128.load offset=16 (local.get $b)))
        (local.set $b2 (v128.load (i32.add (local.get $b) (local.get $o2))))
        (local.set $x (v128.load32_splat (local.get $p0)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $c02 (f32x4.add (local.get $c02) (f32x4.mul (local.get $x) (local.get $b2))))
        (local.set $x (v128.load32_splat (local.get $p1)))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $c12 (f32x4.add (local.get $c12) (f32x4.mul (local.get $x) (local.get $b2))))
        (local.set $p0 (i32.add (local.get $p0) (local.get $sak)))
        (local.set $p1 (i32.add (local.get $p1) (local.get $sak)))
        (local.set $b (i32.add (local.get $b) (local.get $ldb)))
        (br_if $kloop (local.tee $k (i32.sub (local.get $k) (i32.const 1))))))
    (if (global.get $acc)
      (then
        (v128.store (local.get $c) (f32x4.add (local.get $c00) (v128.load (local.get $c))))
        (v128.store offset=16 (local.get $c) (f32x4.add (local.get $c01) (v128.load offset=16 (local.get $c))))
        (v128.store (i32.add (local.get $c) (local.get $o2)) (f32x4.add (local.get $c02) (v128.load (i32.add (local.get $c) (local.get $o2)))))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (local.get $c10) (v128.load (local.get $c))))
        (v128.store offset=16 (local.get $c) (f32x4.add (local.get $c11) (v128.load offset=16 (local.get $c))))
        (v128.store (i32.add (local.get $c) (local.get $o2)) (f32x4.add (local.get $c12) (v128.load (i32.add (local.get $c) (local.get $o2))))))
      (else
        (v128.store (local.get $c) (local.get $c00))
        (v128.store offset=16 (local.get $c) (local.get $c01))
        (v128.store (i32.add (local.get $c) (local.get $o2)) (local.get $c02))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (local.get $c10))
        (v128.store offset=16 (local.get $c) (local.get $c11))
        (v128.store (i32.add (local.get $c) (local.get $o2)) (local.get $c12)))))

  (func $outer2x8 (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                (param $c i32) (param $ldc i32) (param $k i32) (param $o1 i32)
    (local $p0 i32) (local $p1 i32) (local $x v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128)
    (local $c10 v128) (local $c11 v128)
    (local.set $p0 (local.get $a))
    (local.set $p1 (i32.add (local.get $p0) (local.get $sai)))
    (block $done
      (br_if $done (i32.le_s (local.get $k) (i32.const 0)))
      (loop $kloop
        (local.set $b0 (v128.load (local.get $b)))
        (local.set $b1 (v128.load (i32.add (local.get $b) (local.get $o1))))
        (local.set $x (v128.load32_splat (local.get $p0)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $x (v128.load32_splat (local.get $p1)))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $x) (local.get $b1))))
        (local.set $p0 (i32.add (local.get $p0) (local.get $sak)))
        (local.set $p1 (i32.add (local.get $p1) (local.get $sak)))
        (local.set $b (i32.add (local.get $b) (local.get $ldb)))
        (br_if $kloop (local.tee $k (i32.sub (local.get $k) (i32.const 1))))))
    (if (global.get $acc)
      (then
        (v128.store (local.get $c) (f32x4.add (local.get $c00) (v128.load (local.get $c))))
        (v128.store (i32.add (local.get $c) (local.get $o1)) (f32x4.add (local.get $c01) (v128.load (i32.add (local.get $c) (local.get $o1)))))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (local.get $c10) (v128.load (local.get $c))))
        (v128.store (i32.add (local.get $c) (local.get $o1)) (f32x4.add (local.get $c11) (v128.load (i32.add (local.get $c) (local.get $o1))))))
      (else
        (v128.store (local.get $c) (local.get $c00))
        (v128.store (i32.add (local.get $c) (local.get $o1)) (local.get $c01))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (local.get $c10))
        (v128.store (i32.add (local.get $c) (local.get $o1)) (local.get $c11)))))

  (func $outer2x4 (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                (param $c i32) (param $ldc i32) (param $k i32)
    (local $p0 i32) (local $p1 i32) (local $x v128) (local $b0 v128)
    (local $c00 v128)
    (local $c10 v128)
    (local.set $p0 (local.get $a))
    (local.set $p1 (i32.add (local.get $p0) (local.get $sai)))
    (block $done
      (br_if $done (i32.le_s (local.get $k) (i32.const 0)))
      (loop $kloop
        (local.set $b0 (v128.load (local.get $b)))
        (local.set $x (v128.load32_splat (local.get $p0)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $x (v128.load32_splat (local.get $p1)))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $x) (local.get $b0))))
        (local.set $p0 (i32.add (local.get $p0) (local.get $sak)))
        (local.set $p1 (i32.add (local.get $p1) (local.get $sak)))
        (local.set $b (i32.add (local.get $b) (local.get $ldb)))
        (br_if $kloop (local.tee $k (i32.sub (local.get $k) (i32.const 1))))))
    (if (global.get $acc)
      (then
        (v128.store (local.get $c) (f32x4.add (local.get $c00) (v128.load (local.get $c))))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (f32x4.add (local.get $c10) (v128.load (local.get $c)))))
      (else
        (v128.store (local.get $c) (local.get $c00))
        (local.set $c (i32.add (local.get $c) (local.get $ldc)))
        (v128.store (local.get $c) (local.get $c10)))))


  ;; 1 row x 4 columns of C (a single row left below the bands of three and two).
  (func $outer1x4 (param $a i32) (param $sak i32) (param $b i32) (param $ldb i32) (param $c i32) (param $k i32)
    (local $c0 v128)
    (block $done
      (br_if $done (i32.le_s (local.get $k) (i32.const 0)))
      (loop $kloop
        (local.set $c0 (f32x4.add (local.get $c0) (f32x4.mul (v128.load32_splat (local.get $a)) (v128.load (local.get $b)))))
        (local.set $a (i32.add (local.get $a) (local.get $sak)))
        (local.set $b (i32.add (local.get $b) (local.get $ldb)))
        (br_if $kloop (local.tee $k (i32.sub (local.get $k) (i32.const 1))))))
    (if (global.get $acc) (then (local.set $c0 (f32x4.add (local.get $c0) (v128.load (local.get $c))))))
    (v128.store (local.get $c) (local.get $c0)))

  (func (export "gemm_outer") (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                              (param $c i32) (param $ldc i32) (param $m i32) (param $n i32) (param $k i32)
    (global.set $acc (i32.const 0))
    (call $outer (local.get $a) (local.get $sai) (local.get $sak) (local.get $b) (local.get $ldb)
      (local.get $c) (local.get $ldc) (local.get $m) (local.get $n) (local.get $k)))

  ;; C += op(A)·B, same layout. Exact only when N is a multiple of 4: otherwise the last
  ;; 4-wide group of a row overlaps columns an earlier block already accumulated.
  (func (export "gemm_outer_acc") (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                                  (param $c i32) (param $ldc i32) (param $m i32) (param $n i32) (param $k i32)
    (global.set $acc (i32.const 1))
    (call $outer (local.get $a) (local.get $sai) (local.get $sak) (local.get $b) (local.get $ldb)
      (local.get $c) (local.get $ldc) (local.get $m) (local.get $n) (local.get $k)))

  ;; One band of 3 rows of C (A's rows from $arow, C's from $crow): 12-column blocks, then one
  ;; last block of 1..11 columns whose final 4-wide group overlaps its neighbour.
  (func $cols3 (param $arow i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                (param $crow i32) (param $ldc i32) (param $n i32) (param $k i32)
    (local $j i32) (local $rem i32) (local $last i32)
    (local.set $last (i32.sub (local.get $n) (i32.const 4)))
    (block $c12_done
      (loop $c12
        (br_if $c12_done (i32.gt_s (i32.add (local.get $j) (i32.const 12)) (local.get $n)))
        (call $outer3x12 (local.get $arow) (local.get $sai) (local.get $sak)
          (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldb)
          (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldc) (local.get $k)
          (i32.const 32))
        (local.set $j (i32.add (local.get $j) (i32.const 12)))
        (br $c12)))
    (local.set $rem (i32.sub (local.get $n) (local.get $j)))
    (if (i32.ge_s (local.get $rem) (i32.const 9))
      (then
        (call $outer3x12 (local.get $arow) (local.get $sai) (local.get $sak)
          (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldb)
          (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldc) (local.get $k)
          (i32.shl (i32.sub (local.get $rem) (i32.const 4)) (i32.const 2))))
      (else (if (i32.ge_s (local.get $rem) (i32.const 5))
        (then
          (call $outer3x8 (local.get $arow) (local.get $sai) (local.get $sak)
            (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldb)
            (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldc) (local.get $k)
            (i32.shl (i32.sub (local.get $rem) (i32.const 4)) (i32.const 2))))
        (else (if (i32.ge_s (local.get $rem) (i32.const 1))
          (then
            (call $outer3x4 (local.get $arow) (local.get $sai) (local.get $sak)
              (i32.add (local.get $b) (i32.shl (local.get $last) (i32.const 2))) (local.get $ldb)
              (i32.add (local.get $crow) (i32.shl (local.get $last) (i32.const 2))) (local.get $ldc) (local.get $k)))))))))

  ;; One band of 2 rows of C (A's rows from $arow, C's from $crow): 12-column blocks, then one
  ;; last block of 1..11 columns whose final 4-wide group overlaps its neighbour.
  (func $cols2 (param $arow i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                (param $crow i32) (param $ldc i32) (param $n i32) (param $k i32)
    (local $j i32) (local $rem i32) (local $last i32)
    (local.set $last (i32.sub (local.get $n) (i32.const 4)))
    (block $c12_done
      (loop $c12
        (br_if $c12_done (i32.gt_s (i32.add (local.get $j) (i32.const 12)) (local.get $n)))
        (call $outer2x12 (local.get $arow) (local.get $sai) (local.get $sak)
          (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldb)
          (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldc) (local.get $k)
          (i32.const 32))
        (local.set $j (i32.add (local.get $j) (i32.const 12)))
        (br $c12)))
    (local.set $rem (i32.sub (local.get $n) (local.get $j)))
    (if (i32.ge_s (local.get $rem) (i32.const 9))
      (then
        (call $outer2x12 (local.get $arow) (local.get $sai) (local.get $sak)
          (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldb)
          (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldc) (local.get $k)
          (i32.shl (i32.sub (local.get $rem) (i32.const 4)) (i32.const 2))))
      (else (if (i32.ge_s (local.get $rem) (i32.const 5))
        (then
          (call $outer2x8 (local.get $arow) (local.get $sai) (local.get $sak)
            (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldb)
            (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldc) (local.get $k)
            (i32.shl (i32.sub (local.get $rem) (i32.const 4)) (i32.const 2))))
        (else (if (i32.ge_s (local.get $rem) (i32.const 1))
          (then
            (call $outer2x4 (local.get $arow) (local.get $sai) (local.get $sak)
              (i32.add (local.get $b) (i32.shl (local.get $last) (i32.const 2))) (local.get $ldb)
              (i32.add (local.get $crow) (i32.shl (local.get $last) (i32.const 2))) (local.get $ldc) (local.get $k)))))))))

  ;; Bands of three rows, then one of two when two are left, then single rows; when the bands of
  ;; three would leave one row (M = 3q + 1, M >= 4) the last four rows are two bands of two instead
  ;; (issue 15, wave 14). A single row runs in 1x4 tiles, one accumulator each, whose add latency
  ;; bounds the k loop: in x·W of the seed step ([100,784]·[784,10]) that one row cost ~6 % of
  ;; the product, against ~1/100 of its work. Every element of C is summed over k in the same
  ;; order (0 + A(i,0)B(0,j) + A(i,1)B(1,j) + ...) whichever kernel computes it, so the band a row
  ;; falls in, and a split of the rows across threads, never changes a bit.
  (func $outer (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
               (param $c i32) (param $ldc i32) (param $m i32) (param $n i32) (param $k i32)
    (local $i i32) (local $j i32) (local $arow i32) (local $crow i32) (local $last i32)
    ;; column of the final (possibly overlapping) 4-wide group
    (local.set $last (i32.sub (local.get $n) (i32.const 4)))
    (block $rows3_done
      (loop $rows3
        (br_if $rows3_done (i32.gt_s (i32.add (local.get $i) (i32.const 3)) (local.get $m)))
        (br_if $rows3_done (i32.eq (i32.sub (local.get $m) (local.get $i)) (i32.const 4)))
        (call $cols3 (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $sai))) (local.get $sai) (local.get $sak)
          (local.get $b) (local.get $ldb) (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc))) (local.get $ldc)
          (local.get $n) (local.get $k))
        (local.set $i (i32.add (local.get $i) (i32.const 3)))
        (br $rows3)))
    (if (i32.eq (i32.sub (local.get $m) (local.get $i)) (i32.const 4))
      (then
        (call $cols2 (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $sai))) (local.get $sai) (local.get $sak)
          (local.get $b) (local.get $ldb) (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc))) (local.get $ldc)
          (local.get $n) (local.get $k))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))))
    (if (i32.le_s (i32.add (local.get $i) (i32.const 2)) (local.get $m))
      (then
        (call $cols2 (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $sai))) (local.get $sai) (local.get $sak)
          (local.get $b) (local.get $ldb) (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc))) (local.get $ldc)
          (local.get $n) (local.get $k))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))))
    (block $rows1_done
      (loop $rows1
        (br_if $rows1_done (i32.ge_s (local.get $i) (local.get $m)))
        (global.set $single_rows (i32.add (global.get $single_rows) (i32.const 1)))
        (local.set $arow (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $sai))))
        (local.set $crow (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc))))
        (local.set $j (i32.const 0))
        (block $c1_done
          (loop $c1
            (br_if $c1_done (i32.ge_s (local.get $j) (local.get $n)))
            (if (i32.gt_s (local.get $j) (local.get $last)) (then (local.set $j (local.get $last))))
            (call $outer1x4 (local.get $arow) (local.get $sak)
              (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldb)
              (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2))) (local.get $k))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $c1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows1))))

  ;; ---------------------------------------------------------------- dot-product form
  ;; Sum of the four lanes.
  (func $hsum (param $v v128) (result f32)
    (f32.add
      (f32.add (f32x4.extract_lane 0 (local.get $v)) (f32x4.extract_lane 1 (local.get $v)))
      (f32.add (f32x4.extract_lane 2 (local.get $v)) (f32x4.extract_lane 3 (local.get $v)))))

  ;; dot(A row, B row) over k4 groups of four, then the scalar tail of kt elements.
  (func $dot1x1 (param $a i32) (param $b i32) (param $k4 i32) (param $kt i32) (result f32)
    (local $acc v128) (local $s f32)
    (block $done
      (br_if $done (i32.eqz (local.get $k4)))
      (loop $kloop
        (local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (v128.load (local.get $a)) (v128.load (local.get $b)))))
        (local.set $a (i32.add (local.get $a) (i32.const 16)))
        (local.set $b (i32.add (local.get $b) (i32.const 16)))
        (br_if $kloop (local.tee $k4 (i32.sub (local.get $k4) (i32.const 1))))))
    (local.set $s (call $hsum (local.get $acc)))
    (block $tdone
      (br_if $tdone (i32.eqz (local.get $kt)))
      (loop $tloop
        (local.set $s (f32.add (local.get $s) (f32.mul (f32.load (local.get $a)) (f32.load (local.get $b)))))
        (local.set $a (i32.add (local.get $a) (i32.const 4)))
        (local.set $b (i32.add (local.get $b) (i32.const 4)))
        (br_if $tloop (local.tee $kt (i32.sub (local.get $kt) (i32.const 1))))))
    (local.get $s))

  ;; 2 rows of A x 4 rows of Bt: eight dot products sharing their loads.
  (func $dot2x4 (param $a i32) (param $lda i32) (param $b i32) (param $ldb i32)
                (param $c i32) (param $ldc i32) (param $k4 i32) (param $kt i32)
    (local $a1 i32) (local $b1 i32) (local $b2 i32) (local $b3 i32)
    (local $x0 v128) (local $x1 v128) (local $y v128)
    (local $c00 v128) (local $c01 v128) (local $c02 v128) (local $c03 v128)
    (local $c10 v128) (local $c11 v128) (local $c12 v128) (local $c13 v128)
    (local $n i32) (local $t f32) (local $u f32)
    (local.set $a1 (i32.add (local.get $a) (local.get $lda)))
    (local.set $b1 (i32.add (local.get $b) (local.get $ldb)))
    (local.set $b2 (i32.add (local.get $b1) (local.get $ldb)))
    (local.set $b3 (i32.add (local.get $b2) (local.get $ldb)))
    (local.set $n (local.get $k4))
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $kloop
        (local.set $x0 (v128.load (local.get $a)))
        (local.set $x1 (v128.load (local.get $a1)))
        (local.set $y (v128.load (local.get $b)))
        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x0) (local.get $y))))
        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $x1) (local.get $y))))
        (local.set $y (v128.load (local.get $b1)))
        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $x0) (local.get $y))))
        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $x1) (local.get $y))))
        (local.set $y (v128.load (local.get $b2)))
        (local.set $c02 (f32x4.add (local.get $c02) (f32x4.mul (local.get $x0) (local.get $y))))
        (local.set $c12 (f32x4.add (local.get $c12) (f32x4.mul (local.get $x1) (local.get $y))))
        (local.set $y (v128.load (local.get $b3)))
        (local.set $c03 (f32x4.add (local.get $c03) (f32x4.mul (local.get $x0) (local.get $y))))
        (local.set $c13 (f32x4.add (local.get $c13) (f32x4.mul (local.get $x1) (local.get $y))))
        (local.set $a (i32.add (local.get $a) (i32.const 16)))
        (local.set $a1 (i32.add (local.get $a1) (i32.const 16)))
        (local.set $b (i32.add (local.get $b) (i32.const 16)))
        (local.set $b1 (i32.add (local.get $b1) (i32.const 16)))
        (local.set $b2 (i32.add (local.get $b2) (i32.const 16)))
        (local.set $b3 (i32.add (local.get $b3) (i32.const 16)))
        (br_if $kloop (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
    ;; Lane sums plus the scalar tails (the pointers now sit at the tail).
    (f32.store offset=0 (local.get $c) (f32.add (call $hsum (local.get $c00)) (call $dot1x1 (local.get $a) (local.get $b) (i32.const 0) (local.get $kt))))
    (f32.store offset=4 (local.get $c) (f32.add (call $hsum (local.get $c01)) (call $dot1x1 (local.get $a) (local.get $b1) (i32.const 0) (local.get $kt))))
    (f32.store offset=8 (local.get $c) (f32.add (call $hsum (local.get $c02)) (call $dot1x1 (local.get $a) (local.get $b2) (i32.const 0) (local.get $kt))))
    (f32.store offset=12 (local.get $c) (f32.add (call $hsum (local.get $c03)) (call $dot1x1 (local.get $a) (local.get $b3) (i32.const 0) (local.get $kt))))
    (local.set $c (i32.add (local.get $c) (local.get $ldc)))
    (f32.store offset=0 (local.get $c) (f32.add (call $hsum (local.get $c10)) (call $dot1x1 (local.get $a1) (local.get $b) (i32.const 0) (local.get $kt))))
    (f32.store offset=4 (local.get $c) (f32.add (call $hsum (local.get $c11)) (call $dot1x1 (local.get $a1) (local.get $b1) (i32.const 0) (local.get $kt))))
    (f32.store offset=8 (local.get $c) (f32.add (call $hsum (local.get $c12)) (call $dot1x1 (local.get $a1) (local.get $b2) (i32.const 0) (local.get $kt))))
    (f32.store offset=12 (local.get $c) (f32.add (call $hsum (local.get $c13)) (call $dot1x1 (local.get $a1) (local.get $b3) (i32.const 0) (local.get $kt)))))

  (func (export "gemm_dot") (param $a i32) (param $lda i32) (param $b i32) (param $ldb i32)
                            (param $c i32) (param $ldc i32) (param $m i32) (param $n i32) (param $k i32)
    (local $i i32) (local $j i32) (local $k4 i32) (local $kt i32) (local $arow i32) (local $crow i32)
    (local.set $k4 (i32.shr_u (local.get $k) (i32.const 2)))
    (local.set $kt (i32.and (local.get $k) (i32.const 3)))
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.ge_s (local.get $i) (local.get $m)))
        (local.set $arow (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $lda))))
        (local.set $crow (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc))))
        (local.set $j (i32.const 0))
        (if (i32.le_s (i32.add (local.get $i) (i32.const 2)) (local.get $m))
          (then
            (block $c4_done
              (loop $c4
                (br_if $c4_done (i32.gt_s (i32.add (local.get $j) (i32.const 4)) (local.get $n)))
                (call $dot2x4 (local.get $arow) (local.get $lda)
                  (i32.add (local.get $b) (i32.mul (local.get $j) (local.get $ldb))) (local.get $ldb)
                  (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldc)
                  (local.get $k4) (local.get $kt))
                (local.set $j (i32.add (local.get $j) (i32.const 4)))
                (br $c4)))
            ;; columns left over: one dot product per (row, column), both rows
            (block $ct_done
              (loop $ct
                (br_if $ct_done (i32.ge_s (local.get $j) (local.get $n)))
                (f32.store (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2)))
                  (call $dot1x1 (local.get $arow) (i32.add (local.get $b) (i32.mul (local.get $j) (local.get $ldb))) (local.get $k4) (local.get $kt)))
                (f32.store (i32.add (i32.add (local.get $crow) (local.get $ldc)) (i32.shl (local.get $j) (i32.const 2)))
                  (call $dot1x1 (i32.add (local.get $arow) (local.get $lda)) (i32.add (local.get $b) (i32.mul (local.get $j) (local.get $ldb))) (local.get $k4) (local.get $kt)))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $ct)))
            (local.set $i (i32.add (local.get $i) (i32.const 2))))
          (else
            ;; the last odd row
            (block $cs_done
              (loop $cs
                (br_if $cs_done (i32.ge_s (local.get $j) (local.get $n)))
                (f32.store (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2)))
                  (call $dot1x1 (local.get $arow) (i32.add (local.get $b) (i32.mul (local.get $j) (local.get $ldb))) (local.get $k4) (local.get $kt)))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $cs)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))))
        (br $rows))))

  ;; ---------------------------------------------------------------- im2col and its transpose
  ;; For the convolutions (NHWC, filter taps in [kh, kw, C] order). Row m of the im2col matrix
  ;; is output position (b, oy, ox) = m over [batch, outH, outW]; its K = kh*kw*C values are the
  ;; input cells under the window, zero where it leaves the input. With dilation 1 along x the
  ;; cells of one window row are contiguous in the input, so each (m, di) is one run copy.

;; ---------------------------------------------------------------- transpose
  ;; dst[c*rows + r] = src[r*cols + c] for a row-major rows x cols float32 matrix (byte pointers,
  ;; no overlap): the packing around the GEMMs (op(A)^T for the swapped NT form, C^T back into C,
  ;; B^T for NT). 4x4 tiles: four row loads, two rounds of shuffles, four column stores; the
  ;; ragged right and bottom edges element by element. Only moves bits.
  (func (export "transpose") (param $src i32) (param $rows i32) (param $cols i32) (param $dst i32)
    (local $r i32) (local $c i32) (local $r4 i32) (local $c4 i32) (local $ss i32) (local $ds i32)
    (local $s i32) (local $d i32) (local $x0 v128) (local $x1 v128) (local $x2 v128) (local $x3 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $ss (i32.shl (local.get $cols) (i32.const 2)))   ;; src row stride, bytes
    (local.set $ds (i32.shl (local.get $rows) (i32.const 2)))   ;; dst row stride, bytes
    (local.set $r4 (i32.and (local.get $rows) (i32.const -4)))
    (local.set $c4 (i32.and (local.get $cols) (i32.const -4)))
    (local.set $r (i32.const 0))
    (block $rows_done
      (loop $row_tiles
        (br_if $rows_done (i32.ge_u (local.get $r) (local.get $r4)))
        (local.set $c (i32.const 0))
        (block $cols_done
          (loop $col_tiles
            (br_if $cols_done (i32.ge_u (local.get $c) (local.get $c4)))
            (local.set $s (i32.add (local.get $src)
              (i32.shl (i32.add (i32.mul (local.get $r) (local.get $cols)) (local.get $c)) (i32.const 2))))
            (local.set $x0 (v128.load (local.get $s)))
            (local.set $x1 (v128.load (i32.add (local.get $s) (local.get $ss))))
            (local.set $x2 (v128.load (i32.add (local.get $s) (i32.shl (local.get $ss) (i32.const 1)))))
            (local.set $x3 (v128.load (i32.add (local.get $s) (i32.mul (local.get $ss) (i32.const 3)))))
            ;; t0 = a0 b0 a1 b1, t1 = a2 b2 a3 b3, t2 = c0 d0 c1 d1, t3 = c2 d2 c3 d3
            (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $x0) (local.get $x1)))
            (local.set $t1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $x0) (local.get $x1)))
            (local.set $t2 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $x2) (local.get $x3)))
            (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $x2) (local.get $x3)))
            (local.set $d (i32.add (local.get $dst)
              (i32.shl (i32.add (i32.mul (local.get $c) (local.get $rows)) (local.get $r)) (i32.const 2))))
            ;; column j of the tile: (a_j b_j c_j d_j)
            (v128.store (local.get $d)
              (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t2)))
            (v128.store (i32.add (local.get $d) (local.get $ds))
              (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t2)))
            (v128.store (i32.add (local.get $d) (i32.shl (local.get $ds) (i32.const 1)))
              (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t3)))
            (v128.store (i32.add (local.get $d) (i32.mul (local.get $ds) (i32.const 3)))
              (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t3)))
            (local.set $c (i32.add (local.get $c) (i32.const 4)))
            (br $col_tiles)))
        ;; the columns right of the last whole tile, for these four rows
        (call $transpose_scalar (local.get $src) (local.get $cols) (local.get $dst) (local.get $rows)
          (local.get $r) (i32.add (local.get $r) (i32.const 4)) (local.get $c4) (local.get $cols))
        (local.set $r (i32.add (local.get $r) (i32.const 4)))
        (br $row_tiles)))
    ;; the rows below the last whole tile
    (call $transpose_scalar (local.get $src) (local.get $cols) (local.get $dst) (local.get $rows)
      (local.get $r4) (local.get $rows) (i32.const 0) (local.get $cols)))

  ;; dst[c*rows + r] = src[r*cols + c] for r in [r0, r1), c in [c0, c1)
  (func $transpose_scalar (param $src i32) (param $cols i32) (param $dst i32) (param $rows i32)
    (param $r0 i32) (param $r1 i32) (param $c0 i32) (param $c1 i32)
    (local $r i32) (local $c i32)
    (local.set $r (local.get $r0))
    (block $done
      (loop $each_row
        (br_if $done (i32.ge_u (local.get $r) (local.get $r1)))
        (local.set $c (local.get $c0))
        (block $row_done
          (loop $each_col
            (br_if $row_done (i32.ge_u (local.get $c) (local.get $c1)))
            (f32.store
              (i32.add (local.get $dst) (i32.shl (i32.add (i32.mul (local.get $c) (local.get $rows)) (local.get $r)) (i32.const 2)))
              (f32.load
                (i32.add (local.get $src) (i32.shl (i32.add (i32.mul (local.get $r) (local.get $cols)) (local.get $c)) (i32.const 2)))))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (br $each_col)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $each_row))))

    ;; dst[0:n] = src[0:n] (bytes, n a multiple of 4)
  (func $copy (param $dst i32) (param $src i32) (param $n i32)
    (block $v_done
      (loop $v
        (br_if $v_done (i32.lt_u (local.get $n) (i32.const 16)))
        (v128.store (local.get $dst) (v128.load (local.get $src)))
        (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
        (local.set $src (i32.add (local.get $src) (i32.const 16)))
        (local.set $n (i32.sub (local.get $n) (i32.const 16)))
        (br $v)))
    (block $s_done
      (loop $s
        (br_if $s_done (i32.eqz (local.get $n)))
        (f32.store (local.get $dst) (f32.load (local.get $src)))
        (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
        (local.set $src (i32.add (local.get $src) (i32.const 4)))
        (local.set $n (i32.sub (local.get $n) (i32.const 4)))
        (br $s))))

  ;; dst[0:n] = 0
  (func $zero (param $dst i32) (param $n i32)
    (block $v_done
      (loop $v
        (br_if $v_done (i32.lt_u (local.get $n) (i32.const 16)))
        (v128.store (local.get $dst) (v128.const i32x4 0 0 0 0))
        (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
        (local.set $n (i32.sub (local.get $n) (i32.const 16)))
        (br $v)))
    (block $s_done
      (loop $s
        (br_if $s_done (i32.eqz (local.get $n)))
        (f32.store (local.get $dst) (f32.const 0))
        (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
        (local.set $n (i32.sub (local.get $n) (i32.const 4)))
        (br $s))))

  ;; dst[0:n] += src[0:n]
  (func $addto (param $dst i32) (param $src i32) (param $n i32)
    (block $v_done
      (loop $v
        (br_if $v_done (i32.lt_u (local.get $n) (i32.const 16)))
        (v128.store (local.get $dst) (f32x4.add (v128.load (local.get $dst)) (v128.load (local.get $src))))
        (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
        (local.set $src (i32.add (local.get $src) (i32.const 16)))
        (local.set $n (i32.sub (local.get $n) (i32.const 16)))
        (br $v)))
    (block $s_done
      (loop $s
        (br_if $s_done (i32.eqz (local.get $n)))
        (f32.store (local.get $dst) (f32.add (f32.load (local.get $dst)) (f32.load (local.get $src))))
        (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
        (local.set $src (i32.add (local.get $src) (i32.const 4)))
        (local.set $n (i32.sub (local.get $n) (i32.const 4)))
        (br $s))))

;; ---------------------------------------------------------------- BiasAdd and its gradient
  ;; BiasAdd's and BiasAddGrad's float32 channels-last loops (ops/nn/bias_add.ts, issue 15 wave 14).
  ;; A float32 add is correctly rounded, as is the JS loops' double add rounded to float32 on its
  ;; store (a double holds the exact sum of two floats), so each element gets the JS loops' bits.

  ;; dst[0:n] = a[0:n] + b[0:n] (bytes, n a multiple of 4)
  (func $add2 (param $dst i32) (param $a i32) (param $b i32) (param $n i32)
    (block $v_done
      (loop $v
        (br_if $v_done (i32.lt_u (local.get $n) (i32.const 16)))
        (v128.store (local.get $dst) (f32x4.add (v128.load (local.get $a)) (v128.load (local.get $b))))
        (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
        (local.set $a (i32.add (local.get $a) (i32.const 16)))
        (local.set $b (i32.add (local.get $b) (i32.const 16)))
        (local.set $n (i32.sub (local.get $n) (i32.const 16)))
        (br $v)))
    (block $s_done
      (loop $s
        (br_if $s_done (i32.eqz (local.get $n)))
        (f32.store (local.get $dst) (f32.add (f32.load (local.get $a)) (f32.load (local.get $b))))
        (local.set $dst (i32.add (local.get $dst) (i32.const 4)))
        (local.set $a (i32.add (local.get $a) (i32.const 4)))
        (local.set $b (i32.add (local.get $b) (i32.const 4)))
        (local.set $n (i32.sub (local.get $n) (i32.const 4)))
        (br $s))))

  ;; o[r, c] = x[r, c] + b[c] for r < rows, c < ch (row-major, byte pointers; o may be x).
  (func (export "bias_add_rows") (param $x i32) (param $b i32) (param $o i32) (param $rows i32) (param $ch i32)
    (local $bytes i32)
    (local.set $bytes (i32.shl (local.get $ch) (i32.const 2)))
    (block $done
      (loop $row
        (br_if $done (i32.le_s (local.get $rows) (i32.const 0)))
        (call $add2 (local.get $o) (local.get $x) (local.get $b) (local.get $bytes))
        (local.set $x (i32.add (local.get $x) (local.get $bytes)))
        (local.set $o (i32.add (local.get $o) (local.get $bytes)))
        (local.set $rows (i32.sub (local.get $rows) (i32.const 1)))
        (br $row))))

  ;; o[c] = ((0 + x[0, c]) + x[1, c]) + ... rows in order, every partial sum a float32 add: the
  ;; JS loop's `s = fround(s + x)` from s = 0 (so -0 sums to +0 there as here).
  (func (export "column_sums") (param $x i32) (param $o i32) (param $rows i32) (param $ch i32)
    (local $bytes i32)
    (local.set $bytes (i32.shl (local.get $ch) (i32.const 2)))
    (call $zero (local.get $o) (local.get $bytes))
    (block $done
      (loop $row
        (br_if $done (i32.le_s (local.get $rows) (i32.const 0)))
        (call $addto (local.get $o) (local.get $x) (local.get $bytes))
        (local.set $x (i32.add (local.get $x) (local.get $bytes)))
        (local.set $rows (i32.sub (local.get $rows) (i32.const 1)))
        (br $row))))

;; ---------------------------------------------------------------- runs of bytes
  ;; count runs of n bytes (a multiple of 4) from src to dst, the k-th at src + k*ss and
  ;; dst + k*ds: Concat's and Split's chunks (kernels/wasm/chunk_copy.ts). Only moves bits.
  (func (export "copy_runs") (param $src i32) (param $ss i32) (param $dst i32) (param $ds i32) (param $n i32) (param $count i32)
    (block $done
      (loop $run
        (br_if $done (i32.le_s (local.get $count) (i32.const 0)))
        (call $copy (local.get $dst) (local.get $src) (local.get $n))
        (local.set $src (i32.add (local.get $src) (local.get $ss)))
        (local.set $dst (i32.add (local.get $dst) (local.get $ds)))
        (local.set $count (i32.sub (local.get $count) (i32.const 1)))
        (br $run))))

;; ---------------------------------------------------------------- Sigmoid and Tanh (float32)
  ;; The float32 Sigmoid and Tanh loops of kernels/math/float32_calls.ts, two doubles per f64x2
  ;; (issue 15, wave 16; wrapper kernels/wasm/f32_calls.ts). Every double here is the JS
  ;; function's own: the same operations in the same order on IEEE doubles (these instructions
  ;; fuse no multiply-add), the same constants (hex literals of the JS values), the same table
  ;; 2^(j/256) (copied in by the caller from the JS table, at $tab), and 2^m built from its bits
  ;; (exact, as Math.pow(2, m) is). So where the JS function keeps its fast value, this stores the
  ;; same float32, and the exhaustive check over all 2^32 inputs carries over. An element the JS
  ;; function would send to its reference expression (outside the fast range, or failing the
  ;; rounding test) is not decided here: its index goes to the int32 list at $fb and the caller
  ;; computes it in JS; so does a last odd element. Each loop returns the list's length.
  ;;
  ;; exp (float32_calls.ts's expCore) is written out in both loops, not called: the loops with
  ;; calls to a shared $exp_core and a rounding-test function ran ~1.5x slower (V8 does not
  ;; inline them). k comes from the bits of t = v·256/ln2 + 1.5·2^52 (bits(t) - bits(1.5·2^52) =
  ;; k), and kf = t - 1.5·2^52 = k exactly, as the JS `kf | 0`.

  ;; sigmoidF32 on pairs: 1 / (1 + e^-x) for -80 < x < 80.
  (func (export "sigmoid_f32") (param $x i32) (param $o i32) (param $n i32) (param $tab i32) (param $fb i32) (result i32)
    (local $i i32) (local $end i32) (local $count i32) (local $good i32)
    (local $xv v128) (local $v v128) (local $t v128) (local $kf v128) (local $r v128) (local $p v128) (local $k v128) (local $s v128) (local $lo v128)
    (local.set $end (i32.and (local.get $n) (i32.const -2)))
    (block $done
      (loop $pair
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $xv (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $v (f64x2.neg (local.get $xv)))
        ;; e = expCore(v)
        (local.set $t (f64x2.add (f64x2.mul (local.get $v) (f64x2.splat (f64.const 0x1.71547652b82fep8))) (f64x2.splat (f64.const 0x1.8p52))))
        (local.set $kf (f64x2.sub (local.get $t) (f64x2.splat (f64.const 0x1.8p52))))
        (local.set $r (f64x2.sub
          (f64x2.sub (local.get $v) (f64x2.mul (local.get $kf) (f64x2.splat (f64.const 0x1.62e43p-9))))
          (f64x2.mul (local.get $kf) (f64x2.splat (f64.const -0x1.05c611p-37)))))
        (local.set $k (i64x2.sub (local.get $t) (i64x2.splat (i64.const 0x4338000000000000))))
        ;; p = 1 + r·(1 + r·(1/2 + r·(1/6 + r·(1/24))))
        (local.set $p (f64x2.add (f64x2.splat (f64.const 0x1.5555555555555p-3)) (f64x2.mul (local.get $r) (f64x2.splat (f64.const 0x1.5555555555555p-5)))))
        (local.set $p (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $r) (local.get $p))))
        (local.set $p (f64x2.add (f64x2.splat (f64.const 1)) (f64x2.mul (local.get $r) (local.get $p))))
        (local.set $p (f64x2.add (f64x2.splat (f64.const 1)) (f64x2.mul (local.get $r) (local.get $p))))
        ;; (TABLE[k & 255] · p) · 2^(k >> 8)
        (local.set $s (f64x2.mul (f64x2.mul
          (f64x2.replace_lane 1
            (f64x2.splat (f64.load (i32.add (local.get $tab)
              (i32.shl (i32.and (i32.wrap_i64 (i64x2.extract_lane 0 (local.get $k))) (i32.const 255)) (i32.const 3)))))
            (f64.load (i32.add (local.get $tab)
              (i32.shl (i32.and (i32.wrap_i64 (i64x2.extract_lane 1 (local.get $k))) (i32.const 255)) (i32.const 3)))))
          (local.get $p))
          (i64x2.shl (i64x2.add (i64x2.shr_s (local.get $k) (i32.const 8)) (i64x2.splat (i64.const 1023))) (i32.const 52))))
        ;; s = 1 / (1 + e); keep fround(s(1 - 2^-32)) where fround(s(1 + 2^-32)) is the same
        (local.set $s (f64x2.div (f64x2.splat (f64.const 1)) (f64x2.add (f64x2.splat (f64.const 1)) (local.get $s))))
        (local.set $lo (f32x4.demote_f64x2_zero (f64x2.mul (local.get $s) (f64x2.splat (f64.const 0x1.fffffffep-1)))))
        (v128.store64_lane 0 (i32.add (local.get $o) (i32.shl (local.get $i) (i32.const 2))) (local.get $lo))
        (local.set $good (i32.and
          (i32x4.bitmask (f32x4.eq (local.get $lo) (f32x4.demote_f64x2_zero (f64x2.mul (local.get $s) (f64x2.splat (f64.const 0x1.00000001p0))))))
          (i64x2.bitmask (v128.and
            (f64x2.gt (local.get $xv) (f64x2.splat (f64.const -80)))
            (f64x2.lt (local.get $xv) (f64x2.splat (f64.const 80)))))))
        (if (i32.ne (local.get $good) (i32.const 3))
          (then (local.set $count (call $list_lanes (local.get $fb) (local.get $count) (local.get $i) (local.get $good)))))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))
        (br $pair)))
    (if (i32.lt_u (local.get $end) (local.get $n))
      (then (local.set $count (call $list_lanes (local.get $fb) (local.get $count) (local.get $end) (i32.const 2)))))
    (local.get $count))

  ;; tanhF32 on pairs: a = |x|; the odd series below 1/16, 1 - 2/(e^2a + 1) from there to 9.5
  ;; (both computed, one kept per lane), 2^-20 <= a < 9.5 only; then x's sign (below).
  (func (export "tanh_f32") (param $x i32) (param $o i32) (param $n i32) (param $tab i32) (param $fb i32) (result i32)
    (local $i i32) (local $end i32) (local $count i32) (local $good i32)
    (local $xv v128) (local $a v128) (local $a2 v128) (local $q v128)
    (local $v v128) (local $t v128) (local $kf v128) (local $r v128) (local $p v128) (local $k v128) (local $s v128) (local $lo v128)
    (local.set $end (i32.and (local.get $n) (i32.const -2)))
    (block $done
      (loop $pair
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $xv (v128.load64_zero (i32.add (local.get $x) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $a (f64x2.abs (f64x2.promote_low_f32x4 (local.get $xv))))
        (local.set $a2 (f64x2.mul (local.get $a) (local.get $a)))
        ;; q = a + (a · a2) · (-1/3 + a2·(2/15 + a2·(-17/315 + a2·(62/2835 + a2·(-1382/155925)))))
        (local.set $q (f64x2.add (f64x2.splat (f64.const 0x1.664f4882c10fap-6)) (f64x2.mul (local.get $a2) (f64x2.splat (f64.const -0x1.226e355e6c23dp-7)))))
        (local.set $q (f64x2.add (f64x2.splat (f64.const -0x1.ba1ba1ba1ba1cp-5)) (f64x2.mul (local.get $a2) (local.get $q))))
        (local.set $q (f64x2.add (f64x2.splat (f64.const 0x1.1111111111111p-3)) (f64x2.mul (local.get $a2) (local.get $q))))
        (local.set $q (f64x2.add (f64x2.splat (f64.const -0x1.5555555555555p-2)) (f64x2.mul (local.get $a2) (local.get $q))))
        (local.set $q (f64x2.add (local.get $a) (f64x2.mul (f64x2.mul (local.get $a) (local.get $a2)) (local.get $q))))
        ;; e = expCore(2a)
        (local.set $v (f64x2.mul (f64x2.splat (f64.const 2)) (local.get $a)))
        (local.set $t (f64x2.add (f64x2.mul (local.get $v) (f64x2.splat (f64.const 0x1.71547652b82fep8))) (f64x2.splat (f64.const 0x1.8p52))))
        (local.set $kf (f64x2.sub (local.get $t) (f64x2.splat (f64.const 0x1.8p52))))
        (local.set $r (f64x2.sub
          (f64x2.sub (local.get $v) (f64x2.mul (local.get $kf) (f64x2.splat (f64.const 0x1.62e43p-9))))
          (f64x2.mul (local.get $kf) (f64x2.splat (f64.const -0x1.05c611p-37)))))
        (local.set $k (i64x2.sub (local.get $t) (i64x2.splat (i64.const 0x4338000000000000))))
        (local.set $p (f64x2.add (f64x2.splat (f64.const 0x1.5555555555555p-3)) (f64x2.mul (local.get $r) (f64x2.splat (f64.const 0x1.5555555555555p-5)))))
        (local.set $p (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $r) (local.get $p))))
        (local.set $p (f64x2.add (f64x2.splat (f64.const 1)) (f64x2.mul (local.get $r) (local.get $p))))
        (local.set $p (f64x2.add (f64x2.splat (f64.const 1)) (f64x2.mul (local.get $r) (local.get $p))))
        (local.set $s (f64x2.mul (f64x2.mul
          (f64x2.replace_lane 1
            (f64x2.splat (f64.load (i32.add (local.get $tab)
              (i32.shl (i32.and (i32.wrap_i64 (i64x2.extract_lane 0 (local.get $k))) (i32.const 255)) (i32.const 3)))))
            (f64.load (i32.add (local.get $tab)
              (i32.shl (i32.and (i32.wrap_i64 (i64x2.extract_lane 1 (local.get $k))) (i32.const 255)) (i32.const 3)))))
          (local.get $p))
          (i64x2.shl (i64x2.add (i64x2.shr_s (local.get $k) (i32.const 8)) (i64x2.splat (i64.const 1023))) (i32.const 52))))
        ;; t = a < 1/16 ? q : 1 - 2 / (e + 1)
        (local.set $s (v128.bitselect
          (local.get $q)
          (f64x2.sub (f64x2.splat (f64.const 1)) (f64x2.div (f64x2.splat (f64.const 2)) (f64x2.add (local.get $s) (f64x2.splat (f64.const 1)))))
          (f64x2.lt (local.get $a) (f64x2.splat (f64.const 0.0625)))))
        (local.set $lo (f32x4.demote_f64x2_zero (f64x2.mul (local.get $s) (f64x2.splat (f64.const 0x1.fffffffep-1)))))
        ;; tanh is odd: a kept value is > 0 and x is not ±0 or NaN there, so -lo is lo with x's sign bit
        (v128.store64_lane 0 (i32.add (local.get $o) (i32.shl (local.get $i) (i32.const 2)))
          (v128.or (local.get $lo) (v128.and (local.get $xv) (v128.const i32x4 0x80000000 0x80000000 0 0))))
        (local.set $good (i32.and
          (i32x4.bitmask (f32x4.eq (local.get $lo) (f32x4.demote_f64x2_zero (f64x2.mul (local.get $s) (f64x2.splat (f64.const 0x1.00000001p0))))))
          (i64x2.bitmask (v128.and
            (f64x2.ge (local.get $a) (f64x2.splat (f64.const 0x1p-20)))
            (f64x2.lt (local.get $a) (f64x2.splat (f64.const 9.5)))))))
        (if (i32.ne (local.get $good) (i32.const 3))
          (then (local.set $count (call $list_lanes (local.get $fb) (local.get $count) (local.get $i) (local.get $good)))))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))
        (br $pair)))
    (if (i32.lt_u (local.get $end) (local.get $n))
      (then (local.set $count (call $list_lanes (local.get $fb) (local.get $count) (local.get $end) (i32.const 2)))))
    (local.get $count))

  ;; Appends i (when bit 0 of good is clear) and i + 1 (bit 1 clear) to the list at fb of count indices; the new count.
  (func $list_lanes (param $fb i32) (param $count i32) (param $i i32) (param $good i32) (result i32)
    (if (i32.eqz (i32.and (local.get $good) (i32.const 1)))
      (then
        (i32.store (i32.add (local.get $fb) (i32.shl (local.get $count) (i32.const 2))) (local.get $i))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))))
    (if (i32.eqz (i32.and (local.get $good) (i32.const 2)))
      (then
        (i32.store (i32.add (local.get $fb) (i32.shl (local.get $count) (i32.const 2))) (i32.add (local.get $i) (i32.const 1)))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))))
    (local.get $count))

  (func $clamp (param $v i32) (param $lo i32) (param $hi i32) (result i32)
    (if (i32.lt_s (local.get $v) (local.get $lo)) (then (local.set $v (local.get $lo))))
    (if (i32.gt_s (local.get $v) (local.get $hi)) (then (local.set $v (local.get $hi))))
    (local.get $v))

  ;; The one walk both directions share. $mode 0: col[m, :] = window cells of x (im2col);
  ;; $mode 1: window cells of x += col[m, :] (col2im, x is then the input gradient).
  (func $window_walk (param $mode i32) (param $x i32) (param $col i32) (param $m0 i32) (param $m1 i32)
      (param $inH i32) (param $inW i32) (param $C i32) (param $kh i32) (param $kw i32)
      (param $sh i32) (param $sw i32) (param $dh i32) (param $dw i32) (param $outH i32) (param $outW i32)
      (param $padTop i32) (param $padLeft i32)
    (local $m i32) (local $t i32) (local $ox i32) (local $oy i32) (local $b i32)
    (local $di i32) (local $dj i32) (local $iy i32) (local $ix i32) (local $ix0 i32)
    (local $cb i32) (local $run i32) (local $row i32) (local $p i32) (local $j0 i32) (local $j1 i32)
    (local.set $cb (i32.shl (local.get $C) (i32.const 2)))
    (local.set $run (i32.mul (local.get $kw) (local.get $cb)))
    (local.set $p (local.get $col))
    (local.set $m (local.get $m0))
    (block $m_done
      (loop $m_loop
        (br_if $m_done (i32.ge_s (local.get $m) (local.get $m1)))
        (local.set $ox (i32.rem_u (local.get $m) (local.get $outW)))
        (local.set $t (i32.div_u (local.get $m) (local.get $outW)))
        (local.set $oy (i32.rem_u (local.get $t) (local.get $outH)))
        (local.set $b (i32.div_u (local.get $t) (local.get $outH)))
        (local.set $ix0 (i32.sub (i32.mul (local.get $ox) (local.get $sw)) (local.get $padLeft)))
        (local.set $di (i32.const 0))
        (block $di_done
          (loop $di_loop
            (br_if $di_done (i32.ge_s (local.get $di) (local.get $kh)))
            (local.set $iy (i32.sub (i32.add (i32.mul (local.get $oy) (local.get $sh)) (i32.mul (local.get $di) (local.get $dh))) (local.get $padTop)))
            (if (i32.lt_u (local.get $iy) (local.get $inH))   ;; unsigned: negative rows fail too
              (then
                (local.set $row (i32.add (local.get $x)
                  (i32.mul (i32.mul (i32.add (i32.mul (local.get $b) (local.get $inH)) (local.get $iy)) (local.get $inW)) (local.get $cb))))
                (if (i32.eq (local.get $dw) (i32.const 1))
                  (then
                    ;; taps j0..j1-1 fall inside the row: one contiguous run
                    (local.set $j0 (call $clamp (i32.sub (i32.const 0) (local.get $ix0)) (i32.const 0) (local.get $kw)))
                    (local.set $j1 (call $clamp (i32.sub (local.get $inW) (local.get $ix0)) (local.get $j0) (local.get $kw)))
                    (if (local.get $mode)
                      (then
                        (call $addto (i32.add (local.get $row) (i32.mul (i32.add (local.get $ix0) (local.get $j0)) (local.get $cb)))
                          (i32.add (local.get $p) (i32.mul (local.get $j0) (local.get $cb)))
                          (i32.mul (i32.sub (local.get $j1) (local.get $j0)) (local.get $cb))))
                      (else
                        (call $zero (local.get $p) (i32.mul (local.get $j0) (local.get $cb)))
                        (call $copy (i32.add (local.get $p) (i32.mul (local.get $j0) (local.get $cb)))
                          (i32.add (local.get $row) (i32.mul (i32.add (local.get $ix0) (local.get $j0)) (local.get $cb)))
                          (i32.mul (i32.sub (local.get $j1) (local.get $j0)) (local.get $cb)))
                        (call $zero (i32.add (local.get $p) (i32.mul (local.get $j1) (local.get $cb)))
                          (i32.mul (i32.sub (local.get $kw) (local.get $j1)) (local.get $cb))))))
                  (else
                    (local.set $dj (i32.const 0))
                    (block $dj_done
                      (loop $dj_loop
                        (br_if $dj_done (i32.ge_s (local.get $dj) (local.get $kw)))
                        (local.set $ix (i32.add (local.get $ix0) (i32.mul (local.get $dj) (local.get $dw))))
                        (if (i32.lt_u (local.get $ix) (local.get $inW))
                          (then
                            (if (local.get $mode)
                              (then (call $addto (i32.add (local.get $row) (i32.mul (local.get $ix) (local.get $cb)))
                                (i32.add (local.get $p) (i32.mul (local.get $dj) (local.get $cb))) (local.get $cb)))
                              (else (call $copy (i32.add (local.get $p) (i32.mul (local.get $dj) (local.get $cb)))
                                (i32.add (local.get $row) (i32.mul (local.get $ix) (local.get $cb))) (local.get $cb)))))
                          (else
                            (if (i32.eqz (local.get $mode))
                              (then (call $zero (i32.add (local.get $p) (i32.mul (local.get $dj) (local.get $cb))) (local.get $cb))))))
                        (local.set $dj (i32.add (local.get $dj) (i32.const 1)))
                        (br $dj_loop))))))
              (else
                (if (i32.eqz (local.get $mode)) (then (call $zero (local.get $p) (local.get $run))))))
            (local.set $p (i32.add (local.get $p) (local.get $run)))
            (local.set $di (i32.add (local.get $di) (i32.const 1)))
            (br $di_loop)))
        (local.set $m (i32.add (local.get $m) (i32.const 1)))
        (br $m_loop))))

  ;; col[(m - m0), :] for m in [m0, m1): rows of the im2col matrix of the NHWC input at $x.
  (func (export "im2col") (param $x i32) (param $col i32) (param $m0 i32) (param $m1 i32)
      (param $inH i32) (param $inW i32) (param $C i32) (param $kh i32) (param $kw i32)
      (param $sh i32) (param $sw i32) (param $dh i32) (param $dw i32) (param $outH i32) (param $outW i32)
      (param $padTop i32) (param $padLeft i32)
    (call $window_walk (i32.const 0) (local.get $x) (local.get $col) (local.get $m0) (local.get $m1)
      (local.get $inH) (local.get $inW) (local.get $C) (local.get $kh) (local.get $kw) (local.get $sh) (local.get $sw)
      (local.get $dh) (local.get $dw) (local.get $outH) (local.get $outW) (local.get $padTop) (local.get $padLeft)))

  ;; The transpose: add those rows of col back onto the input positions of $dx.
  (func (export "col2im_add") (param $dx i32) (param $col i32) (param $m0 i32) (param $m1 i32)
      (param $inH i32) (param $inW i32) (param $C i32) (param $kh i32) (param $kw i32)
      (param $sh i32) (param $sw i32) (param $dh i32) (param $dw i32) (param $outH i32) (param $outW i32)
      (param $padTop i32) (param $padLeft i32)
    (call $window_walk (i32.const 1) (local.get $dx) (local.get $col) (local.get $m0) (local.get $m1)
      (local.get $inH) (local.get $inW) (local.get $C) (local.get $kh) (local.get $kw) (local.get $sh) (local.get $sw)
      (local.get $dh) (local.get $dw) (local.get $outH) (local.get $outW) (local.get $padTop) (local.get $padLeft)))
)
