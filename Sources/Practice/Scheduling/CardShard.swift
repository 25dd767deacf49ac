/// Splits cards between the cores for a replay: the same card always falls to the same shard,
/// so each shard replays its cards' reviews in order on its own, and cards never interact.
///
/// The key is cheap on purpose (the id's length and last four bytes), because it is computed
/// for every review; an uneven split only costs speed, never correctness.
enum CardShard {
    static func of(_ cardID: String, shards: Int) -> Int {
        guard shards > 1 else { return 0 }
        var key = cardID.utf8.count
        for byte in cardID.utf8.suffix(4) { key = key &* 31 &+ Int(byte) }
        return (key & Int.max) % shards
    }
}
