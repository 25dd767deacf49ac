import Course

/// A lesson using every construct the layout draws, except math (whose rendering belongs
/// to `MathRenderer` and is checked separately, so these goldens do not move with it).
enum SampleLesson {
    static let source = "Lessons/transformers/02-tf-attention.md"

    static let diagrams = ["Assets/attention.txt": "q ──► [ q·k ] ──► softmax ──► weights\n│\n└─ one row per query\n"]

    static let text = """
        ---
        id: tf-attention
        title: Scaled dot-product attention
        module: transformers
        prerequisites: [linalg-tensors]
        objectives:
          - Compute attention scores and scale them by the square root of the key size
          - Explain why the scale keeps the softmax out of saturation
        minutes: 20
        decks: [tf-attention]
        ---

        # Scaled dot-product attention

        Attention lets every token *look at* every other token. The **score** of a query
        against a key is their dot product, `q·k`, divided by a scale. Read
        [the paper](https://arxiv.org/abs/1706.03762) or go back to the
        [tensor lesson](../linalg/05-linalg-tensors.md).

        ## The recipe

        1. Compute the scores, one row per query.
        2. Divide by the scale so that the variance stays near one, even when the
           key size is large.
        3. Apply a row softmax:
           - subtract the row maximum first,
           - then exponentiate and normalise.
             * deeper still

        > [!WARNING]
        > Without the scale, large scores push the softmax into saturation and the
        > gradients vanish.

        > A quote can hold *emphasis* and
        > > a nested quote.

        | tensor | shape | meaning |
        | :--- | :---: | ---: |
        | Q | 4×4 | queries, one row for each token of the input sequence |
        | scores | 4×4 | every query against every key |

        ![Attention as a weighted sum](../../Assets/attention.txt)

        ![A photo](Assets/photo.png)

        ---

        ```swift kernel
        let Q = Matrix([[1, 0], [0, 1]])
        step("Inputs", ["Q": Q])
        ```

        ```swift kernel name=masked
        step("Masked", [:])
        ```

        ```text
        plain	tabbed
        ```

        ```quiz
        tf-attention/scale-why
        tf-attention/softmax-rows
        ```

        Line one ends with two spaces  
        and this is line two.
        """

    static func lesson() -> Lesson? {
        LessonParser.parse(text, source: source).lesson
    }
}
