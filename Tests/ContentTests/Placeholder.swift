import Testing

@Test func placeholder_ContentTests() { #expect(Bool(true)) }
