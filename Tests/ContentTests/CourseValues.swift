/// The key values of every shipped kernel, typed in from COURSE.md (the course plan, whose
/// numbers were computed independently in float64). Where COURSE.md states a value in words
/// ("rows E[3], E[1], E[3]", "det = −1") it is written out here by hand.
///
/// A new kernel needs an entry: `KernelValueTests` fails for a kernel that has none.
enum CourseValues {
    static let table: [String: [KeyValue]] = [
        // L01 — a = [1,2,2,0], b = [2,0,1,2]
        "linalg-vectors": [
            .vector("products", [2, 0, 2, 0]),
            .scalar("dot", 4),
            .scalar("norm_a", 3), .scalar("norm_b", 3),
            .scalar("cos", 4.0 / 9.0),
            .scalar("l1_a", 5), .scalar("max_a", 2),
        ],
        // L02 — A = [[1,2,3],[4,5,6]], B = [[7,8],[9,10],[11,12]]
        "linalg-matmul": [
            .matrix("C", [[58, 64], [139, 154]]),
            .entry("products", [0], 28, step: "Cell (1,0)"),
            .entry("products", [1], 45, step: "Cell (1,0)"),
            .entry("products", [2], 66, step: "Cell (1,0)"),
            .scalar("flops", 24),
            .entry("BA", [0, 0], 39),  // 7·1 + 8·4
            .matrix("outer", [[-3, 0, 3], [-2, 0, 2], [-1, 0, 1]]),  // [3,2,1]ᵀ[−1,0,1]
            .matrix("BᵀAᵀ", [[58, 139], [64, 154]]),
        ],
        // L03 — A = [[2,1,−1],[−3,−1,2],[−2,1,2]], b = [8,−11,−3]
        "linalg-systems": [
            .vector("x", [2, 3, -1]),
            .scalar("det", -1),
            .matrix("A⁻¹", [[4, 3, -1], [-2, -2, 1], [5, 4, -1]]),  // checked by hand: A·A⁻¹ = I
            .matrix("A⁻¹·A", [[1, 0, 0], [0, 1, 0], [0, 0, 1]]),
        ],
        // L04 — S = [[4,1],[1,3]], M = [[3,2,2],[2,3,−2]]
        "linalg-eigen-svd": [
            .vector("λ", [4.618034, 2.381966]),
            .matrix("Q", [[0.850651, 0.525731], [0.525731, -0.850651]]),
            .matrix("QΛQᵀ", [[4, 1], [1, 3]]),
            .scalar("rayleigh", 4.5854, step: "Power iteration t = 1"),
            .scalar("rayleigh", 4.61803, step: "Power iteration t = 8"),
            .vector("σ", [5, 3]),
            .matrix("M₁", [[2.5, 2.5, 0], [2.5, 2.5, 0]]),
            .scalar("error", 3),
        ],
        // L05 — X = arange(24).reshape(2,3,4), h = 2, bias [1,0,−1,0.5]
        "linalg-tensors": [
            .row("Xh[0, 1]", 2, [10, 11]),
            .row("Y[1]", 2, [21, 21, 21, 23.5]),
            .matrix("X·Xᵀ[0]", [[14, 38, 62], [38, 126, 214], [62, 214, 366]]),
        ],
        // L06 — f(x) = x³ − 2x at 1.5; GD on (x−3)² + 2(y+1)², η = 0.1
        "calc-gradients": [
            .scalar("f_prime", 4.75),
            .vector("forward", [5.21, 4.7951, 4.7545]),
            .vector("central", [4.76, 4.7501, 4.750001]),
            .vector("point", [0.6, -0.4], step: "Descent: step 1"),
            .scalar("f", 6.48, step: "Descent: step 1"),
            .vector("point", [2.01696, -0.92224], step: "Descent: step 5"),
            .scalar("f", 0.97846, step: "Descent: step 5"),
        ],
        // L07 — w = 0.5, x = 2, b = −0.5, y = 1
        "calc-chain-rule": [
            .scalar("z", 0.5),
            .scalar("a", 0.622459),
            .scalar("L", 0.142537),
            .scalar("dL_da", -0.755081),
            .scalar("da_dz", 0.235004),
            .scalar("dL_dz", -0.177447),
            .scalar("dL_dw", -0.354894),
            .scalar("dL_db", -0.177447),
        ],
        // L08 — the appendix's 2-2-1 ReLU MLP
        "calc-backprop-mlp": [
            .vector("z1", [0.7, -0.2]),
            .vector("h", [0.7, 0]),
            .vector("y_hat", [0.47]),
            .scalar("loss", 0.14045),
            .matrix("dW2", [[-0.371, 0]]),
            .vector("db2", [-0.53]),
            .vector("dh", [-0.318, 0.212]),
            .vector("dz1", [-0.318, 0]),
            .matrix("dW1", [[-0.318, 0.318], [0, 0]]),
            .vector("db1", [-0.318, 0]),
            .scalar("loss_after", 0.076148),
        ],
        // L08 appendix — softmax([2,1,0.1]), target 0
        "calc-backprop-mlp.softmax-ce": [
            .vector("p", [0.659, 0.2424, 0.0986]),
            .vector("grad", [0.659 - 1, 0.2424, 0.0986]),
        ],
        // L09 — prevalence 1/10,000, FPR = FNR = 1%; 7 heads in 10; [2,4,4,4,5,5,7,9]
        "prob-bayes-mle": [
            .scalar("p_sick_given_pos", 99.0 / 10098.0),
            .entry("table", [0, 0], 99),     // true positives
            .entry("table", [1, 0], 9999),   // false positives
            .scalar("p_hat", 0.7),
            .scalar("max_log_likelihood", -6.1086),
            .scalar("mu_hat", 5), .scalar("var_hat", 4), .scalar("sigma_hat", 2),
        ],
        // L10 — P = [0.5,0.25,0.25], Q = [0.4,0.4,0.2]
        "prob-entropy-kl": [
            .scalar("entropy", 1.039721),
            .scalar("entropy_bits", 1.5),
            .scalar("cross_entropy", 1.089578),
            .scalar("kl", 0.049857),
            .scalar("kl_reverse", 0.054115),
            .scalar("max_entropy_bits", 4.7549),
        ],
        // L11 — z = [1000,1001,1002]; BCE at p = 0.9; sigmoid at z = −4
        "prob-losses-softmax": [
            .vector("naive_softmax", [.nan, .nan, .nan]),
            .vector("softmax", [0.090031, 0.244728, 0.665241]),
            .scalar("lse", 1002.407606),
            .scalar("bce_y1", 0.105361), .scalar("bce_y0", 2.302585),
            .scalar("sigma", 0.017986),
            .scalar("dmse_dz", -0.03469), .scalar("dbce_dz", -0.98201),
        ],
        // L12 — x = [−2,−1,0,1,2]
        "nn-activations": [
            .vector("sigmoid", [0.1192, 0.2689, 0.5, 0.7311, 0.8808]),
            .entry("sigmoid_grad", [2], 0.25),
            .entry("tanh_grad", [2], 1),
            .vector("gelu", [-0.0455, -0.1587, 0, 0.8413, 1.9545]),
            .vector("silu", [-0.2384, -0.2689, 0, 0.7311, 1.7616]),
        ],
        // L13 — f(w) = ½(w₁² + 5w₂²) from [1, 1], η = 0.1
        "nn-optimizers": [
            .vector("sgd_w", [0.729, 0.125]),
            .vector("w", [0.72, -0.2], step: "Momentum: step 2"),
            .vector("w", [0.486, -0.73], step: "Momentum: step 3"),
            .vector("update", [0.1, 0.1], step: "Adam: step 1"),
            .vector("w", [0.70159, 0.70159], step: "Adam: step 3"),
            .vector("adamw_w", [0.89, 0.89]),
            .vector("adam_l2_w", [0.9, 0.9]),                   // Adam step 1 on g + λw: still ±η
            .vector("update_uncorrected", [0.316228, 0.316228]), // 0.1·0.1/√0.001
        ],
        // L14 — h = [1,2,3,4], p = 0.5, mask [1,0,1,1]; w = [1,−2], η = 0.1, λ = 0.01
        "nn-regularization": [
            .vector("y", [2, 0, 6, 8]),
            .row("all_outputs", 11, [2, 0, 6, 8]),   // row k = bits of k; 11 = 1011
            .vector("mean_y", [1, 2, 3, 4]),
            .vector("grad_h", [2, 0, 2, 2]),          // the mask times 2
            .vector("w_new", [0.999, -1.998]),
            .vector("w_1000", [0.367695, -0.735391]), // 0.999¹⁰⁰⁰ · w
        ],
        // L15 — X = [[1,2,3,4],[−1,0,2,7]], ε = 1e-5, γ = 1, β = 0
        "nn-normalization": [
            .matrix("x", [[1, 2, 3, 4], [-1, 0, 2, 7]]),
            .vector("row_means", [2.5, 2]),
            .vector("row_variances", [1.25, 9.5]),
            .matrix("layernorm", [[-1.3416, -0.4472, 0.4472, 1.3416], [-0.9733, -0.6489, 0, 1.6222]]),
            .vector("rms", [2.7386, 3.6742]),
            .row("rmsnorm", 0, [0.3651, 0.7303, 1.0954, 1.4606]),
            .row("rmsnorm", 1, [-0.2722, 0, 0.5443, 1.9052]),
            .matrix("batchnorm", [[1, 1, 1, -1], [-1, -1, -1, 1]]),  // batch of 2: ±1 up to ε
            .row("layernorm_scaled", 0, [-1.3416, -0.4472, 0.4472, 1.3416]),  // row 0 × 10
        ],
        // L16 — hₜ = tanh(0.5·hₜ₋₁ + xₜ), x = [1,0,0,0,0,0], h₀ = 0
        "nn-residuals-rnn": [
            .vector("h", [0.7616, 0.3634, 0.1797, 0.0896, 0.0448, 0.0224]),
            .scalar("dh6_dh1", 0.02597, tolerance: 1e-5),
            .scalar("sigmoid_chain", 9.54e-7, tolerance: 1e-9),
            .scalar("chain_0_5", 9.77e-4, tolerance: 1e-6),
            .scalar("chain_1_5", 57.67, tolerance: 0.01),
            .scalar("residual_dead", 1),        // 1 + f′ with f′ = 0
            .scalar("residual_chain", 9.3132),  // 1.25¹⁰
        ],
        // L17 — peak 3e-4, warmup 100, total 1000, floor 3e-5; rates shown × 10⁴
        "nn-lr-schedules": [
            .vector("warmup_lr_x1e4", [0, 1.5, 3]),
            .vector("cosine_factor", [1, 0.853553, 0.5, 0.146447, 0]),
            .vector("decay_lr_x1e4", [3, 2.6046, 1.65, 0.6954, 0.3]),
            .vector("lr_x1e4", [0, 1.5, 3, 2.6046, 1.65, 0.6954, 0.3]),  // COURSE.md lr × 10⁴
            .scalar("global_norm", 5),
            .scalar("scale", 0.2),
            .vector("clipped", [0.6, 0.8]),
            .scalar("clipped_norm", 1),
            .vector("by_value", [1, 1]),
            .scalar("by_value_norm", 1.414214),  // √2
        ],
        // L18 — low×5, lower×2, newest×6, widest×3; E = arange(32).reshape(8,4)/10
        "tf-tokenization": [
            .entry("pair_counts", [0], 9),
            .scalar("pair_count", 9, step: "Merge 1: e + s"),
            .scalar("pair_count", 7, step: "Merge 4: l + o"),
            .scalar("pair_count", 6, step: "Merge 6: e + w"),
            // "low </w>", "low e r </w>", "n ew est</w>", "w i d est</w>"
            .vector("tokens_per_word", [2, 4, 3, 4], step: "Final segmentation"),
            .matrix("embeddings", [[1.2, 1.3, 1.4, 1.5], [0.4, 0.5, 0.6, 0.7], [1.2, 1.3, 1.4, 1.5]]),
            .scalar("params_32000x4096", 131_072_000),
        ],
        // L19 — the 4×4 Q, K, V, d_k = 4
        "tf-attention": [
            .matrix("scores", [[1, 1, 2, 2], [1, 2, 3, 0], [3, 0, 3, 2], [1, 3, 4, 0]]),
            .matrix("scaled", [[0.5, 0.5, 1, 1], [0.5, 1, 1.5, 0], [1.5, 0, 1.5, 1], [0.5, 1.5, 2, 0]]),
            .row("weights", 0, [0.1888, 0.1888, 0.3112, 0.3112]),
            .row("output", 0, [1.1225, 0.5, 0.6888, 1.0]),
        ],
        // L20 — the same Q, K, V with a causal mask
        "tf-masks": [
            .matrix("mask", [[1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0], [1, 1, 1, 1]]),
            .scalar("allowed", 10),
            .row("weights", 0, [1, 0, 0, 0]),
            .row("weights", 1, [0.3775, 0.6225, 0, 0]),
            .row("output", 0, [1, 0, 2, 0]),  // V[0]
        ],
        // L20 — key 3 is padding, no causal mask
        "tf-masks.padding": [
            .row("weights", 0, [0.2741, 0.2741, 0.4519, 0], step: "Row softmax"),
            .row("mask", 0, [1, 1, 1, 0], step: "Padding mask"),
        ],
        // L21 — the appendix's X, W_Q, W_K, W_V, W_O; 2 heads of width 2
        "tf-multi-head": [
            .matrix("Q", [[1, 0, 0.5, 0.5], [0, 1.5, 1, 0.5], [1, 1, 1, 1]]),  // X·W_Q by hand
            .row("weights_0", 0, [0.4011, 0.1978, 0.4011]),
            .row("concat", 0, [0.8022, 0.7967, 0.6137, 0.7727]),  // output row 0 before the W_O permutation
            .row("output", 0, [0.7967, 0.8022, 0.7727, 0.6137]),
            .scalar("mha_params", 67108864),
            .scalar("kv_params_mha", 33554432),
            .scalar("kv_params_gqa8", 8388608),
            .scalar("kv_params_mqa", 1048576),
        ],
        // L22 — d = 4, base 10000, q = [1,0,0.5,0.5], k = [0,1,1,0]; adjacent pairs
        "tf-positions": [
            .vector("theta", [1, 0.01]),
            .row("PE", 1, [0.8415, 0.5403, 0.0100, 0.99995]),
            .vector("q_rot", [-0.98999, 0.14112, 0.48478, 0.51477]),
            .vector("k_rot", [-0.841471, 0.540302, 0.99995, 0.01]),  // k at position 1: [−sin 1, cos 1, cos 0.01, sin 0.01]
            .scalar("score", 1.399198),
            .vector("dots", [1.399198, 1.399198, 1.399198]),  // (3,1) (7,5) (2,0)
            .scalar("reversed", -0.399398),  // (1,3), Python
            .scalar("norm_q_rot", 1.224745),
        ],
        // L23 — X = [[1,0,2,0],[0,1,0,1],[1,1,1,1]], W_Q = W_K = W_V = W_O = I, d_k = 4,
        // causal; FFN(u) = 0.5u (W1 = [I | −I], W2 = [0.5I ; −0.5I]); RMSNorm γ = 1, ε = 1e-5 in the root
        "tf-block": [
            .row("rmsnorm1", 0, [0.8944, 0, 1.7888, 0]),
            .row("weights", 2, [0.2496, 0.2684, 0.4821]),
            .row("h", 1, [0.1066, 2.2456, 0.2132, 2.2456]),   // after the first residual
            .row("output", 0, [2.3416, 0, 4.6833, 0]),
            .scalar("attn_M", 67.108864),          // 4·4096², in millions
            .scalar("ffn_M", 135.266304),          // 3·4096·11008
            .scalar("layer_M", 202.38336),         // LLaMA-7B per layer 202,383,360
            .scalar("standard_12d2_M", 201.326592),  // 12·4096²
            .scalar("total_M", 6738.415616),       // LLaMA-7B total 6,738,415,616
        ],
        // L24 — T = 4, prefix 2, cross 3×4; BERT positions [2,7,13], u = [0.5,0.85,0.95]
        "tf-architectures": [
            .scalar("allowed", 16, step: "Bidirectional mask"),
            .matrix("mask", [[1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0], [1, 1, 1, 1]], step: "Causal mask"),
            .scalar("allowed", 10, step: "Causal mask"),
            .matrix("mask", [[1, 1, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0], [1, 1, 1, 1]], step: "Prefix-LM mask"),
            .scalar("allowed", 11, step: "Prefix-LM mask"),
            .matrix("mask", [[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]], step: "Cross-attention mask"),
            .scalar("allowed", 12, step: "Cross-attention mask"),
            .vector("action", [0, 1, 2]),        // [MASK], random token, unchanged
            .entry("corrupted_ids", [2], 0),     // [MASK] = id 0 in the toy vocabulary
            .entry("corrupted_ids", [7], 19),    // "banana", the fixed random token
            .entry("corrupted_ids", [13], 12),   // "ran", left unchanged
            .entry("labels", [2], 3), .entry("labels", [7], 7), .entry("labels", [13], 12),
            .entry("labels", [0], -100),
        ],
        // L25 — ids [1,5,7,9,2], p = [0.5,0.25,0.125,0.5]
        "train-lm-objective": [
            .vector("labels", [5, 7, 9, 2]),
            .vector("nll", [0.6931, 1.3863, 2.0794, 0.6931]),
            .scalar("loss", 1.2130),
            .scalar("perplexity", 3.3636),
            .vector("sft_labels", [-100, -100, 9, 2]),
            .scalar("masked_loss", 1.3863),
        ],
        // L26 — 7B and 13B; bytes [4, 2, 1, 0.5]; 16 B/param; ZeRO Ψ = 7.5B, N = 64; 6ND, 40% of 312 TFLOP/s
        "train-memory": [
            .vector("weights_gb", [28, 14, 7, 3.5]),
            .scalar("train_7b_gb", 112),
            .scalar("train_13b_gb", 208),
            .vector("zero3_gb", [52, 26, 13]),
            .scalar("min_a100", 3),
            .vector("zero_gb", [120, 31.40625, 16.640625, 1.875]),  // 16Ψ, 4Ψ+12Ψ/N, 2Ψ+14Ψ/N, 16Ψ/N
            .scalar("flops", 7.8e22, tolerance: 1e18),
            .scalar("a100_days", 7233.7963, tolerance: 1e-3),        // 7.8e22 / (1.248e14 · 86400)
            .scalar("chinchilla_tokens_b", 260),
        ],
        // L27 — casts of [1e-8, 6e-5, 1.001, 3.14159, 65504, 70000]; loss scale 2¹⁶
        "train-mixed-precision": [
            .vector("fp16_tiny_x1e8", [0, 6002.187729]),         // 1007 · 2⁻²⁴ · 1e8
            .vector("fp16_near_one", [1.0009765625, 3.140625]),
            .entry("fp16_large", [0], 65504),                    // [1] is inf
            .entry("fp16_err_pct", [0], -100),
            .vector("bf16_tiny_x1e8", [1.0011718, 6008.148193]),
            .vector("bf16_near_one", [1, 3.140625]),
            .vector("bf16_large", [65536, 70144]),
            .scalar("grad_fp16", 0),
            .scalar("scaled_fp16_x1e4", 6.5517426),              // 6.5517e-4 × 1e4
            .scalar("unscaled", 9.997166e-9, tolerance: 1e-12),
        ],
        // L28 — y = 2x, x = 1…8, w = 0.5; X = [[1,0,2,1],[0,1,1,2]], W = arange(16)/8; worker i's grad 10^i·[1,2,3,4]
        "train-parallelism": [
            .scalar("full_grad", -76.5),
            .vector("micro_grads", [-7.5, -37.5, -91.5, -169.5]),
            .scalar("accumulated", -76.5),
            .matrix("Y", [[3.5, 4, 4.5, 5], [4.5, 5, 5.5, 6]]),  // X·W by hand
            .matrix("Y_concat", [[3.5, 4, 4.5, 5], [4.5, 5, 5.5, 6]]),
            .matrix("Y_sum", [[3.5, 4, 4.5, 5], [4.5, 5, 5.5, 6]]),
            .matrix("buffers", [[1, 2222, 3303, 4004], [11, 20, 3333, 4044],
                                [111, 220, 300, 4444], [1111, 2220, 3300, 4000]],
                    step: "Ring reduce-scatter"),  // a ring simulation by hand
            .row("buffers", 0, [1111, 2222, 3333, 4444], step: "Ring all-gather"),
            .row("buffers", 3, [1111, 2222, 3333, 4444], step: "Ring all-gather"),
            .scalar("ring_factor", 1.5),           // 2(N − 1)/N, N = 4
            .scalar("bubble", 3.0 / 11.0),         // p = 4, m = 8
        ],
        // L29 — the appendix's W₀, A, B, x; α = 4, r = 2; column vectors
        "train-lora": [
            .scalar("scale", 2),
            .vector("h_base", [0.15, 1.1, -0.45, 0]),
            .vector("h_init", [0.15, 1.1, -0.45, 0]),  // B = 0
            .vector("Ax", [0.6, -0.65]),
            .vector("BAx", [0.3, -0.325, 0.185, -0.44]),
            .vector("h", [0.75, 0.45, -0.08, -0.88]),
            .matrix("W_merged", [[0.3, 0.1, -0.1, 0.3], [0.1, 0.2, 0.1, 0.1],
                                 [0.04, 0.22, 0.4, -0.32], [-0.26, -0.28, 0.4, 0.68]]),  // W₀ + 2BA
            .vector("h_merged", [0.75, 0.45, -0.08, -0.88]),
            .scalar("lora_4x4", 16),
            .scalar("lora_4096", 65536),
            .scalar("pct_4096", 0.390625),
            .scalar("lora_qv", 4_194_304),     // 32 · 2 · 8 · 8192
            .scalar("lora_all", 19_988_480),   // 32 · (4 · 8 · 8192 + 3 · 8 · 15104)
            .scalar("base_params", 6_738_415_616),
        ],
        // L30 — pairs (1.2, 0.4), (0.3, 0.9), (2.0, −1.0)
        "align-reward-model": [
            .vector("margin", [0.8, -0.6, 3]),
            .entry("p_chosen", [0], 0.6900),
            .vector("losses", [0.3711, 1.0375, 0.0486]),
            .scalar("loss", 0.4857),
            .scalar("tie_loss", 0.693147),  // ln 2
            .scalar("pairs", 6),            // C(4,2)
        ],
        // L31 — ratios [0.7,1,1.3,1.3,0.7], A [+1,+1,+1,−1,−1], ε = 0.2; KL shaping β = 0.1, RM 2
        "align-ppo": [
            .vector("unclipped", [0.7, 1, 1.3, -1.3, -0.7]),
            .vector("clipped", [0.8, 1, 1.2, -1.2, -0.8]),
            .vector("surrogate", [0.7, 1, 1.2, -1.3, -0.8]),   // the per-sample min
            .scalar("objective", 0.16),
            .vector("grad_mask", [1, 1, 0, 1, 0]),
            .vector("log_ratio", [0.2, 0, -0.5]),
            .vector("rewards", [-0.02, 0, 2.05]),
            .vector("returns", [2.03, 2.05, 2.05]),            // return-to-go, γ = 1
        ],
        // L32 — β = 0.1, π(w) = −12, ref(w) = −12.5, π(l) = −15, ref(l) = −14; GRPO [1,0,0,1], [1,0,1,1]
        "align-dpo": [
            .scalar("margin", 0.15),
            .scalar("loss", 0.620957),
            .scalar("reward_chosen", 0.05),
            .scalar("reward_rejected", -0.1),
            .scalar("loss_init", 0.693147),                     // ln 2
            .vector("advantages", [1, -1, -1, 1], step: "GRPO group A"),
            .vector("advantages", [0.57735, -1.73205, 0.57735, 0.57735], step: "GRPO group B"),  // ±1/√3, −√3
        ],
        // L33 — logits [2, 1, 0.5, 0.1, −1]
        "infer-decoding": [
            .scalar("greedy", 0),
            .vector("probs", [0.5585, 0.2055, 0.1246, 0.0835, 0.0278]),
            .entry("probs_t0_7", [0], 0.6959),
            .entry("probs_t2", [0], 0.3719),
            .vector("top_k", [0.6285, 0.2312, 0.1402, 0, 0]),
            .prefix("cumulative", [0.5585, 0.7640, 0.8887, 0.9722]),
            .scalar("kept", 4),
            .entry("probs_penalized", [0], 0.4755),
        ],
        // L34 — the L19 Q, K, V decoded one token at a time; LLaMA-2 sizes; 16-token pages
        "infer-kv-cache": [
            .vector("out", [1, 0, 2, 0], step: "Decode token 0"),  // V[0]
            .vector("weights", [0.3775, 0.6225], step: "Decode token 1"),
            .vector("out", [0.377541, 0.622459, 0.755081, 1.244919], step: "Decode token 1"),  // weights · V[0..1]
            .scalar("cache_len", 4, step: "Decode token 3"),
            .row("incremental", 3, [0.760205, 0.817574, 0.736012, 1.195115]),  // = the L19 unmasked row 3
            .scalar("max_diff", 0, tolerance: 1e-12),
            .scalar("bytes_per_token", 524288, step: "LLaMA-2-7B cache in fp16"),
            .scalar("gib_4096", 2, step: "LLaMA-2-7B cache in fp16"),
            .scalar("gib_batch8_2048", 8),
            .scalar("bytes_per_token", 327680, step: "70B with GQA-8"),  // 2·80·8·128·2
            .scalar("gib_4096", 1.25, step: "70B with GQA-8"),
            .vector("blocks", [1, 2, 3]),
        ],
        // L35 — x = [0.5, −1.2, 3.1, −0.05, 2.0]
        "infer-quantization": [
            .scalar("scale", 3.1 / 127),  // 0.024409
            .vector("q", [20, -49, 127, -2, 82]),
            .vector("dequantized", [0.4882, -1.1961, 3.1, -0.0488, 2.0016]),
            .scalar("max_error", 0.011811),  // |0.5 − 20·scale|; below scale/2
            .scalar("scale_u8", 0.016863),
            .scalar("zero_point", 71),
            .vector("q_u8", [101, 0, 255, 68, 190]),
            .vector("q_int4", [1, -3, 7, 0, 5]),  // scale 3.1/7
            .vector("size_gb", [28, 14, 7, 3.5]),
        ],
        // L36 — PPL of [0.5,0.25,0.125,0.5]; BLEU and ROUGE of the quick brown fox
        "eval-text-metrics": [
            .scalar("perplexity", 3.3636),
            .scalar("bits_per_token", 1.75),
            .vector("precisions", [1, 6.0 / 7.0, 5.0 / 6.0, 4.0 / 5.0]),
            .scalar("brevity_penalty", 0.8825),
            .scalar("bleu", 0.7673),
            .scalar("rouge1_recall", 0.8889),
            .scalar("rouge2_recall", 0.75),
            .scalar("lcs", 8),
            .scalar("rouge_l_f1", 0.9412),
        ],
        // L37 — binary TP 30, FN 20, FP 5, TN 40; cm [[5,1,0],[2,3,1],[0,2,6]]
        "eval-classification": [
            .scalar("precision", 30.0 / 35.0),
            .scalar("recall", 0.6),
            .scalar("f1", 0.7059),
            .scalar("accuracy", 0.7368),
            .scalar("specificity", 0.8889),
            .vector("class_f1", [0.7692, 0.5, 0.8]),
            .scalar("macro_f1", 0.6897),
            .scalar("micro_f1", 0.70),
        ],
        // L38 — rel [1,0,1,0,0,1] and [0,1,0,0,1]; gains [3,2,3,0,1,2]; boxes [0,0,2,2], [1,1,3,3]
        "eval-ranking": [
            .entry("precision_at_k", [2], 2.0 / 3.0),
            .entry("recall_at_k", [2], 2.0 / 3.0),
            .scalar("ap_q1", 0.7222),
            .scalar("ap_q2", 0.45),
            .scalar("map", 0.5861),
            .scalar("mrr", 0.75),
            .scalar("dcg", 6.8611),
            .scalar("idcg", 7.1410),
            .scalar("ndcg", 0.9608),
            .scalar("iou", 1.0 / 7.0),
        ],
        // L39 — chunk 20 tokens (8, overlap 2); cosine search; grid greedy search; RRF k = 60
        "rag-vector-search": [
            .matrix("chunks", [[0, 8], [6, 14], [12, 20]]),
            .scalar("stride", 6),
            .vector("cosines", [0.8, 0.8614, 0.6, 0.48, 0.96, 0.7]),
            .vector("top3", [4, 1, 0]),
            .vector("path", [0, 1, 2, 6, 7]),
            .scalar("nearest", 7),
            .scalar("rrf_d4", 0.032266, tolerance: 1e-6),
        ],
        // L40 — scripted ReAct loop (23*17, max_steps = 5); self-consistency votes, p = 0.6, n = 5
        "agents-prompting": [
            .scalar("observation", 391),
            .scalar("final_answer", 391),
            .scalar("calls_used", 2, step: "Final answer"),
            .scalar("calls_used", 5, step: "Guard and validation"),
            .scalar("winner", 42),
            .scalar("p_majority", 0.68256),
        ],
    ]
}
