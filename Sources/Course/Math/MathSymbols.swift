/// The command tables of the math renderer: what each known `\name` stands for.
enum MathSymbols {
    /// Commands that are a single symbol.
    static let commands: [String: (String, MathAtomClass)] = {
        var table: [String: (String, MathAtomClass)] = [:]
        for (name, glyph) in greek { table[name] = (glyph, .ordinary) }
        for (name, glyph) in ordinary { table[name] = (glyph, .ordinary) }
        for (name, glyph) in largeOperators { table[name] = (glyph, .largeOperator) }
        for (name, glyph) in binary { table[name] = (glyph, .binary) }
        for (name, glyph) in relations { table[name] = (glyph, .relation) }
        for (name, glyph) in openings { table[name] = (glyph, .opening) }
        for (name, glyph) in closings { table[name] = (glyph, .closing) }
        return table
    }()

    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ",
        "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "φ",
        "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "omicron": "ο",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    static let ordinary: [String: String] = [
        "nabla": "∇", "partial": "∂", "infty": "∞", "ell": "ℓ", "hbar": "ħ", "imath": "ı",
        "jmath": "ȷ", "emptyset": "∅", "varnothing": "∅", "forall": "∀", "exists": "∃",
        "nexists": "∄", "neg": "¬", "lnot": "¬", "top": "⊤", "bot": "⊥", "prime": "′",
        "ldots": "…", "dots": "…", "dotsc": "…", "dotsb": "⋯", "cdots": "⋯", "vdots": "⋮",
        "ddots": "⋱", "angle": "∠", "triangle": "△", "square": "□", "checkmark": "✓",
        "|": "‖", "Vert": "‖", "vert": "|", "backslash": "\\", "aleph": "ℵ", "Re": "ℜ",
        "Im": "ℑ", "wp": "℘", "degree": "°", "dagger": "†", "ddagger": "‡", "S": "§",
        "_": "_", "%": "%", "&": "&", "#": "#", "$": "$", "sharp": "♯", "flat": "♭",
    ]

    static let largeOperators: [String: String] = [
        "sum": "∑", "prod": "∏", "coprod": "∐", "int": "∫", "iint": "∬", "iiint": "∭",
        "oint": "∮", "bigcup": "⋃", "bigcap": "⋂", "bigvee": "⋁", "bigwedge": "⋀",
        "bigoplus": "⨁", "bigotimes": "⨂", "bigodot": "⨀",
    ]

    static let binary: [String: String] = [
        "cdot": "·", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "odot": "⊙",
        "otimes": "⊗", "oplus": "⊕", "ominus": "⊖", "oslash": "⊘", "circ": "∘", "ast": "∗",
        "star": "⋆", "cup": "∪", "cap": "∩", "setminus": "∖", "wedge": "∧", "land": "∧",
        "vee": "∨", "lor": "∨", "bullet": "•", "diamond": "⋄", "sqcup": "⊔", "sqcap": "⊓",
        "bmod": "mod", "amalg": "⨿",
    ]

    static let relations: [String: String] = [
        "le": "≤", "leq": "≤", "leqslant": "≤", "ge": "≥", "geq": "≥", "geqslant": "≥",
        "ne": "≠", "neq": "≠", "approx": "≈", "equiv": "≡", "sim": "∼", "simeq": "≃",
        "cong": "≅", "propto": "∝", "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂",
        "subseteq": "⊆", "supset": "⊃", "supseteq": "⊇", "to": "→", "rightarrow": "→",
        "leftarrow": "←", "gets": "←", "Rightarrow": "⇒", "Leftarrow": "⇐", "implies": "⇒",
        "impliedby": "⇐", "Leftrightarrow": "⇔", "iff": "⇔", "leftrightarrow": "↔",
        "longrightarrow": "⟶", "longleftarrow": "⟵", "Longrightarrow": "⟹",
        "mapsto": "↦", "uparrow": "↑", "downarrow": "↓", "mid": "|", "nmid": "∤",
        "parallel": "∥", "perp": "⊥", "ll": "≪", "gg": "≫", "prec": "≺", "succ": "≻",
        "preceq": "⪯", "succeq": "⪰", "coloneqq": "≔", "coloneq": "≔", "triangleq": "≜",
        "doteq": "≐", "models": "⊨", "vdash": "⊢", "asymp": "≍", "lesssim": "≲",
        "gtrsim": "≳", "nsim": "≁", "hookrightarrow": "↪", "rightleftharpoons": "⇌",
    ]

    static let openings: [String: String] = [
        "langle": "⟨", "lVert": "‖", "lvert": "|", "lfloor": "⌊", "lceil": "⌈", "{": "{",
        "lbrace": "{", "lbrack": "[",
    ]

    static let closings: [String: String] = [
        "rangle": "⟩", "rVert": "‖", "rvert": "|", "rfloor": "⌋", "rceil": "⌉", "}": "}",
        "rbrace": "}", "rbrack": "]",
    ]

    /// Upright operator names, set off from their argument by a space as TeX does.
    /// `softmax` and friends are not LaTeX, but ML authors define them as macros.
    static let operatorNames: [String: String] = {
        var table: [String: String] = [:]
        for name in ["log", "ln", "lg", "exp", "max", "min", "sup", "inf", "lim", "limsup",
                     "liminf", "det", "dim", "ker", "deg", "gcd", "hom", "arg", "sin", "cos",
                     "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "coth", "arcsin",
                     "arccos", "arctan", "Pr", "softmax", "sigmoid", "relu", "ReLU", "GELU",
                     "diag", "rank", "tr", "Tr", "trace", "Var", "Cov", "KL", "erf", "sgn",
                     "sign", "span", "mod"] {
            table[name] = name
        }
        table["argmax"] = "arg max"
        table["argmin"] = "arg min"
        return table
    }()

    /// Combining marks for `\hat{x}` and friends.
    static let accents: [String: Character] = [
        "hat": "\u{0302}", "widehat": "\u{0302}", "bar": "\u{0304}", "overline": "\u{0305}",
        "tilde": "\u{0303}", "widetilde": "\u{0303}", "vec": "\u{20D7}", "overrightarrow": "\u{20D7}",
        "dot": "\u{0307}", "ddot": "\u{0308}", "check": "\u{030C}", "breve": "\u{0306}",
        "acute": "\u{0301}", "grave": "\u{0300}", "underline": "\u{0332}", "mathring": "\u{030A}",
    ]

    /// Font commands whose argument is math.
    static let mathFonts: [String: MathFont] = [
        "mathbb": .doubleStruck, "mathbbm": .doubleStruck, "mathcal": .calligraphic,
        "mathscr": .calligraphic, "mathfrak": .plain, "mathbf": .plain, "boldsymbol": .plain,
        "bm": .plain, "mathrm": .plain, "mathit": .plain, "mathsf": .plain, "mathtt": .plain,
        "mathnormal": .plain, "pmb": .plain,
    ]

    /// Commands whose argument is text, kept as written.
    static let textCommands: Set<String> = [
        "text", "textrm", "textit", "textbf", "textsf", "texttt", "textnormal", "mbox", "emph",
        "textup", "hbox",
    ]

    /// Spacing commands and the columns they take.
    static let spaces: [String: Int] = [
        ",": 1, ":": 1, ">": 1, ";": 1, " ": 1, "!": 0, "quad": 2, "qquad": 4, "enspace": 1,
        "thinspace": 1, "medspace": 1, "thickspace": 1, "negthinspace": 0, "enskip": 1,
    ]

    /// Commands that change only size or style and render as nothing.
    static let ignored: Set<String> = [
        "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "limits", "nolimits",
        "nonumber", "notag", "allowbreak", "nobreak", "strut", "relax", "normalsize", "small",
        "large", "Large", "tiny", "left.", "right.",
    ]

    /// Commands that take one argument and render as nothing.
    static let ignoredWithArgument: Set<String> = ["label", "hspace", "vspace", "phantom", "hphantom", "vphantom", "color"]

    /// `\big(` and friends: a delimiter with a size we cannot show.
    static let sizedDelimiters: [String: MathAtomClass?] = [
        "big": nil, "Big": nil, "bigg": nil, "Bigg": nil, "middle": .relation,
        "bigl": .opening, "Bigl": .opening, "biggl": .opening, "Biggl": .opening,
        "bigr": .closing, "Bigr": .closing, "biggr": .closing, "Biggr": .closing,
        "bigm": .relation, "Bigm": .relation,
    ]

    /// Matrix environments and their brackets.
    static let matrices: [String: (String, String)] = [
        "matrix": ("", ""), "smallmatrix": ("", ""), "array": ("", ""), "pmatrix": ("(", ")"),
        "bmatrix": ("[", "]"), "Bmatrix": ("{", "}"), "vmatrix": ("|", "|"), "Vmatrix": ("‖", "‖"),
    ]

    static let alignedEnvironments: Set<String> = [
        "aligned", "align", "align*", "alignat", "alignat*", "alignedat", "gather", "gather*",
        "gathered", "split", "equation", "equation*", "eqnarray", "eqnarray*", "multline",
        "multline*", "flalign", "flalign*", "displaymath", "math",
    ]

    static let casesEnvironments: Set<String> = ["cases", "dcases", "rcases", "cases*"]

    /// The class of a plain character in math.
    static func atomClass(of character: Character) -> MathAtomClass {
        switch character {
        case "+", "-", "*": return .binary
        case "=", "<", ">", ":": return .relation
        case ",", ";": return .punctuation
        case "(", "[": return .opening
        case ")", "]": return .closing
        default: return .ordinary
        }
    }

    /// How a plain character shows: a true minus sign reads better than a hyphen.
    static func glyph(of character: Character) -> String {
        switch character {
        case "-": return "−"
        case "*": return "∗"
        default: return String(character)
        }
    }

    /// `\mathbb` and `\mathcal` letters; letters without a form stay plain.
    static func styled(_ character: Character, font: MathFont) -> Character {
        guard font != .plain, let scalar = character.unicodeScalars.first,
              character.unicodeScalars.count == 1 else { return character }
        let value = scalar.value
        let isUpper = (65...90).contains(value)
        let isLower = (97...122).contains(value)
        switch font {
        case .plain:
            return character
        case .doubleStruck:
            let holes: [Character: Character] = ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]
            if let hole = holes[character] { return hole }
            if isUpper { return scalarCharacter(0x1D538 + value - 65) ?? character }
            if isLower { return scalarCharacter(0x1D552 + value - 97) ?? character }
            if (48...57).contains(value) { return scalarCharacter(0x1D7D8 + value - 48) ?? character }
            return character
        case .calligraphic:
            let holes: [Character: Character] = ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ"]
            if let hole = holes[character] { return hole }
            if isUpper { return scalarCharacter(0x1D49C + value - 65) ?? character }
            return character
        }
    }

    private static func scalarCharacter(_ value: UInt32) -> Character? {
        Unicode.Scalar(value).map(Character.init)
    }
}
