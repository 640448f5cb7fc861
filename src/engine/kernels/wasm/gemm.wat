;; float32 GEMM kernels in WebAssembly 128-bit SIMD, written by hand.
;; Compiled by scripts/build-wasm.mjs into gemm_wasm.ts (base64), loaded synchronously.
;;
;; All pointers and strides are in bytes into the exported memory. C is row-major [M,N] with
;; row stride ldc. Two loop shapes, chosen by the caller per call:
;;
;; gemm_outer: C[i,:] = sum_k A(i,k) * B[k,:]. B is row-major with row stride ldb (N contiguous).
;;   A(i,k) lives at a + i*sai + k*sak, so A may be normal (sai=K*4, sak=4) or transposed
;;   (sai=4, sak=M*4) without packing. Each A(i,k) is loaded once and broadcast
;;   (v128.load32_splat), then multiply-added into rows of C kept in registers: a 2x12 block
;;   of C is six f32x4 accumulators. Measured on [100,784]x[784,10] and [784,100]x[100,10]
;;   (V8 11, x64): 2x12 ~39 µs, 4x8 + 4x4 ~42, 4x8 twice ~48, 4x12 ~56, 3x12 ~74: larger
;;   blocks spill v128 registers. The last partial column group overlaps the previous one (it ends at
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
  ;; 2 rows x 12 columns of C: six f32x4 accumulators. The third column group starts at byte
  ;; offset $o2 (32, or less when it overlaps the second to end exactly at the row's end).
  (func $outer2x12 (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                (param $c i32) (param $ldc i32) (param $k i32) (param $o2 i32) (param $acc i32)
    (local $p0 i32) (local $p1 i32) (local $x v128) (local $b0 v128) (local $b1 v128) (local $b2 v128)
    (local $c00 v128) (local $c01 v128) (local $c02 v128) (local $c10 v128) (local $c11 v128) (local $c12 v128)
    (local.set $p0 (local.get $a))
    (local.set $p1 (i32.add (local.get $a) (local.get $sai)))
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
    (if (local.get $acc)
      (then
        (local.set $c00 (f32x4.add (local.get $c00) (v128.load (local.get $c))))
        (local.set $c01 (f32x4.add (local.get $c01) (v128.load offset=16 (local.get $c))))
        (local.set $c02 (f32x4.add (local.get $c02) (v128.load (i32.add (local.get $c) (local.get $o2)))))
        (local.set $p0 (i32.add (local.get $c) (local.get $ldc)))
        (local.set $c10 (f32x4.add (local.get $c10) (v128.load (local.get $p0))))
        (local.set $c11 (f32x4.add (local.get $c11) (v128.load offset=16 (local.get $p0))))
        (local.set $c12 (f32x4.add (local.get $c12) (v128.load (i32.add (local.get $p0) (local.get $o2)))))))
    (v128.store (local.get $c) (local.get $c00))
    (v128.store offset=16 (local.get $c) (local.get $c01))
    (v128.store (i32.add (local.get $c) (local.get $o2)) (local.get $c02))
    (local.set $c (i32.add (local.get $c) (local.get $ldc)))
    (v128.store (local.get $c) (local.get $c10))
    (v128.store offset=16 (local.get $c) (local.get $c11))
    (v128.store (i32.add (local.get $c) (local.get $o2)) (local.get $c12)))

  ;; 2 rows x 8 columns of C; the second group at byte offset $o1 (16, or less to overlap).
  (func $outer2x8 (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                (param $c i32) (param $ldc i32) (param $k i32) (param $o1 i32) (param $acc i32)
    (local $p0 i32) (local $p1 i32) (local $x v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local.set $p0 (local.get $a))
    (local.set $p1 (i32.add (local.get $a) (local.get $sai)))
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
    (if (local.get $acc)
      (then
        (local.set $c00 (f32x4.add (local.get $c00) (v128.load (local.get $c))))
        (local.set $c01 (f32x4.add (local.get $c01) (v128.load (i32.add (local.get $c) (local.get $o1)))))
        (local.set $p0 (i32.add (local.get $c) (local.get $ldc)))
        (local.set $c10 (f32x4.add (local.get $c10) (v128.load (local.get $p0))))
        (local.set $c11 (f32x4.add (local.get $c11) (v128.load (i32.add (local.get $p0) (local.get $o1)))))))
    (v128.store (local.get $c) (local.get $c00))
    (v128.store (i32.add (local.get $c) (local.get $o1)) (local.get $c01))
    (local.set $c (i32.add (local.get $c) (local.get $ldc)))
    (v128.store (local.get $c) (local.get $c10))
    (v128.store (i32.add (local.get $c) (local.get $o1)) (local.get $c11)))

  ;; 2 rows x 4 columns of C.
  (func $outer2x4 (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                (param $c i32) (param $ldc i32) (param $k i32) (param $acc i32)
    (local $p0 i32) (local $p1 i32) (local $x v128) (local $b0 v128)
    (local $c00 v128) (local $c10 v128)
    (local.set $p0 (local.get $a))
    (local.set $p1 (i32.add (local.get $a) (local.get $sai)))
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
    (if (local.get $acc)
      (then
        (local.set $c00 (f32x4.add (local.get $c00) (v128.load (local.get $c))))
        (local.set $c10 (f32x4.add (local.get $c10) (v128.load (i32.add (local.get $c) (local.get $ldc)))))))
    (v128.store (local.get $c) (local.get $c00))
    (local.set $c (i32.add (local.get $c) (local.get $ldc)))
    (v128.store (local.get $c) (local.get $c10)))

  ;; 1 row x 4 columns of C (the rows left over below a multiple of 4).
  (func $outer1x4 (param $a i32) (param $sak i32) (param $b i32) (param $ldb i32) (param $c i32) (param $k i32) (param $acc i32)
    (local $c0 v128)
    (block $done
      (br_if $done (i32.le_s (local.get $k) (i32.const 0)))
      (loop $kloop
        (local.set $c0 (f32x4.add (local.get $c0) (f32x4.mul (v128.load32_splat (local.get $a)) (v128.load (local.get $b)))))
        (local.set $a (i32.add (local.get $a) (local.get $sak)))
        (local.set $b (i32.add (local.get $b) (local.get $ldb)))
        (br_if $kloop (local.tee $k (i32.sub (local.get $k) (i32.const 1))))))
    (if (local.get $acc) (then (local.set $c0 (f32x4.add (local.get $c0) (v128.load (local.get $c))))))
    (v128.store (local.get $c) (local.get $c0)))

  (func (export "gemm_outer") (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                              (param $c i32) (param $ldc i32) (param $m i32) (param $n i32) (param $k i32)
    (call $outer (local.get $a) (local.get $sai) (local.get $sak) (local.get $b) (local.get $ldb)
      (local.get $c) (local.get $ldc) (local.get $m) (local.get $n) (local.get $k) (i32.const 0)))

  ;; C += op(A)·B, same layout. Exact only when N is a multiple of 4: otherwise the last
  ;; 4-wide group of a row overlaps columns an earlier block already accumulated.
  (func (export "gemm_outer_acc") (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
                                  (param $c i32) (param $ldc i32) (param $m i32) (param $n i32) (param $k i32)
    (call $outer (local.get $a) (local.get $sai) (local.get $sak) (local.get $b) (local.get $ldb)
      (local.get $c) (local.get $ldc) (local.get $m) (local.get $n) (local.get $k) (i32.const 1)))

  (func $outer (param $a i32) (param $sai i32) (param $sak i32) (param $b i32) (param $ldb i32)
               (param $c i32) (param $ldc i32) (param $m i32) (param $n i32) (param $k i32) (param $acc i32)
    (local $i i32) (local $j i32) (local $arow i32) (local $crow i32) (local $last i32) (local $rem i32)
    ;; column of the final (possibly overlapping) 4-wide group
    (local.set $last (i32.sub (local.get $n) (i32.const 4)))
    (block $rows2_done
      (loop $rows2
        (br_if $rows2_done (i32.gt_s (i32.add (local.get $i) (i32.const 2)) (local.get $m)))
        (local.set $arow (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $sai))))
        (local.set $crow (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc))))
        (local.set $j (i32.const 0))
        (block $c12_done
          (loop $c12
            (br_if $c12_done (i32.gt_s (i32.add (local.get $j) (i32.const 12)) (local.get $n)))
            (call $outer2x12 (local.get $arow) (local.get $sai) (local.get $sak)
              (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldb)
              (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldc) (local.get $k)
              (i32.const 32) (local.get $acc))
            (local.set $j (i32.add (local.get $j) (i32.const 12)))
            (br $c12)))
        ;; 0..11 columns left: one last block whose final group overlaps its neighbour
        (local.set $rem (i32.sub (local.get $n) (local.get $j)))
        (if (i32.ge_s (local.get $rem) (i32.const 9))
          (then
            (call $outer2x12 (local.get $arow) (local.get $sai) (local.get $sak)
              (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldb)
              (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldc) (local.get $k)
              (i32.shl (i32.sub (local.get $rem) (i32.const 4)) (i32.const 2)) (local.get $acc)))
          (else (if (i32.ge_s (local.get $rem) (i32.const 5))
            (then
              (call $outer2x8 (local.get $arow) (local.get $sai) (local.get $sak)
                (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldb)
                (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldc) (local.get $k)
                (i32.shl (i32.sub (local.get $rem) (i32.const 4)) (i32.const 2)) (local.get $acc)))
            (else (if (i32.ge_s (local.get $rem) (i32.const 1))
              (then
                (call $outer2x4 (local.get $arow) (local.get $sai) (local.get $sak)
                  (i32.add (local.get $b) (i32.shl (local.get $last) (i32.const 2))) (local.get $ldb)
                  (i32.add (local.get $crow) (i32.shl (local.get $last) (i32.const 2))) (local.get $ldc) (local.get $k) (local.get $acc))))))))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))
        (br $rows2)))
    (block $rows1_done
      (loop $rows1
        (br_if $rows1_done (i32.ge_s (local.get $i) (local.get $m)))
        (local.set $arow (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $sai))))
        (local.set $crow (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $ldc))))
        (local.set $j (i32.const 0))
        (block $c1_done
          (loop $c1
            (br_if $c1_done (i32.ge_s (local.get $j) (local.get $n)))
            (if (i32.gt_s (local.get $j) (local.get $last)) (then (local.set $j (local.get $last))))
            (call $outer1x4 (local.get $arow) (local.get $sak)
              (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))) (local.get $ldb)
              (i32.add (local.get $crow) (i32.shl (local.get $j) (i32.const 2))) (local.get $k) (local.get $acc))
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
)
