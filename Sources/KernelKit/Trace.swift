// The tracing calls a kernel makes. Each writes one JSON object as one line on standard
// output (through KernelRuntime.traceSink), flushed at once so a host reading the pipe sees
// every event as it happens, even if the kernel crashes later.

/// Records a step: a title, an optional note, and the named tensors as they are now.
///
/// ```swift
/// step("Inputs", ["Q": Q, "K": K, "d_k": 4.0])
/// step("Scale by 1/√d_k", note: "Each score is divided by 2 = √4.", ["scaled": S / 2])
/// ```
/// Writes `{"kind":"step","title":…,"note":…,"line":N,"tensors":[{"name":…,"shape":[…],"data":[…]}]}`.
/// The order of the pairs is kept. `line` is the caller's line; leave it out.
public func step(_ title: String, note: String = "", _ tensors: KeyValuePairs<String, any Traceable> = [:], line: Int = #line) {
    let encoded = tensors.map { TraceJSON.tensor(name: $0.key, value: $0.value) }
    emit([
        ("kind", TraceJSON.string("step")),
        ("title", TraceJSON.string(title)),
        ("note", TraceJSON.string(note)),
        ("line", String(line)),
        ("tensors", TraceJSON.array(encoded)),
    ])
}

/// Asks the learner to predict one entry of a matrix shown by the NEXT step, before it is revealed.
///
/// ```swift
/// ask("What is weights[0][2]?", tensor: "weights", at: (0, 2))
/// step("Softmax each row", ["weights": P])
/// ```
/// Writes `{"kind":"ask","question":…,"tensor":"weights","index":[0,2],"line":N}`.
public func ask(_ question: String, tensor: String, at index: (Int, Int), line: Int = #line) {
    emitAsk(question, tensor: tensor, index: [index.0, index.1], line: line)
}

/// Asks the learner to predict one entry of a vector shown by the next step (index `[i]`).
public func ask(_ question: String, tensor: String, at index: Int, line: Int = #line) {
    emitAsk(question, tensor: tensor, index: [index], line: line)
}

/// Asks the learner to predict a scalar shown by the next step (index `[]`).
public func ask(_ question: String, tensor: String, line: Int = #line) {
    emitAsk(question, tensor: tensor, index: [], line: line)
}

/// Prints a line of explanation between steps.
///
/// Writes `{"kind":"say","text":…,"line":N}`.
public func say(_ text: String, line: Int = #line) {
    emit([
        ("kind", TraceJSON.string("say")),
        ("text", TraceJSON.string(text)),
        ("line", String(line)),
    ])
}

private func emitAsk(_ question: String, tensor: String, index: [Int], line: Int) {
    emit([
        ("kind", TraceJSON.string("ask")),
        ("question", TraceJSON.string(question)),
        ("tensor", TraceJSON.string(tensor)),
        ("index", TraceJSON.array(index.map(String.init))),
        ("line", String(line)),
    ])
}

private func emit(_ fields: [(String, String)]) {
    KernelRuntime.traceSink(TraceJSON.object(fields))
}
