/// The one number grammar and exact parser every reader uses (the native file, edge lists, GML, the
/// style file).
package enum NumberSyntax {
    /// Parses a decimal number with the grammar of the native file's numbers
    /// (`[+-]digits[.digits][(e|E)[+-]digits]`, digits on at least one side of the dot).
    ///
    /// Exact and correctly rounded: a mantissa of at most 15 significant digits with a decimal
    /// exponent within ±22 is computed directly (Clinger's fast path: both factors are exact
    /// doubles, so the one multiplication or division rounds once); anything else goes through
    /// the standard library's parser.
    package static func parseNumber(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let n = b.count
        guard n > 0 else { return nil }
        var negative = false
        if b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+") { negative = b[0] == UInt8(ascii: "-"); i = 1 }
        var mantissa: UInt64 = 0
        var digits = 0, significant = 0, exponent = 0
        var sawDigit = false
        while i < n, b[i] &- 0x30 < 10 {
            sawDigit = true
            if significant > 0 || b[i] != 0x30 { significant += 1 }
            if significant <= 19 { mantissa = mantissa &* 10 &+ UInt64(b[i] &- 0x30) } else { exponent += 1 }
            digits += 1
            i += 1
        }
        if i < n, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, b[i] &- 0x30 < 10 {
                sawDigit = true
                if significant > 0 || b[i] != 0x30 { significant += 1 }
                if significant <= 19 { mantissa = mantissa &* 10 &+ UInt64(b[i] &- 0x30); exponent -= 1 }
                digits += 1
                i += 1
            }
        }
        guard sawDigit else { return nil }
        if i < n, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            var expNegative = false
            if i < n, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { expNegative = b[i] == UInt8(ascii: "-"); i += 1 }
            guard i < n else { return nil }
            var e = 0
            while i < n, b[i] &- 0x30 < 10 {
                if e < 100_000 { e = e * 10 + Int(b[i] &- 0x30) }
                i += 1
            }
            exponent += expNegative ? -e : e
        }
        guard i == n else { return nil }
        if significant <= 15 && exponent >= -22 && exponent <= 22 {
            var value = Double(mantissa)
            value = exponent >= 0 ? value * _exactPowerOfTen(exponent) : value / _exactPowerOfTen(-exponent)
            return negative ? -value : value
        }
        if significant <= 19, let value = _exactlyRounded(mantissa: mantissa, exponent: exponent) {
            return negative ? -value : value
        }
        return Double(String(decoding: b, as: UTF8.self))
    }

    /// 10^`e` for 0 ≤ `e` ≤ 22, every one exact in a `Double`.
    @inline(__always)
    private static func _exactPowerOfTen(_ e: Int) -> Double {
        switch e {
        case 0: 1e0
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        case 15: 1e15
        case 16: 1e16
        case 17: 1e17
        case 18: 1e18
        case 19: 1e19
        case 20: 1e20
        case 21: 1e21
        default: 1e22
        }
    }

    /// `mantissa` × 10^`exponent` correctly rounded, by exact 128-bit integer arithmetic, when
    /// |`exponent`| ≤ 19 (every power of ten then fits in a `UInt64`): the product, or the
    /// quotient with 62–64 bits and its remainder, rounded half to even once. This takes the
    /// numbers Clinger's fast path cannot, such as the 17 significant digits of a float written
    /// by Python's `repr`, without making a `String`. `nil` outside that range.
    package static func _exactlyRounded(mantissa m: UInt64, exponent e: Int) -> Double? {
        guard m != 0 else { return 0 }
        guard e >= -19 && e <= 19 else { return nil }
        var p: UInt64 = 1
        for _ in 0 ..< abs(e) { p &*= 10 }
        if e >= 0 {
            let (high, low) = m.multipliedFullWidth(by: p)
            return _roundToDouble(high: high, low: low, sticky: false, binaryExponent: 0)
        }
        // Q = ⌊m·2^s / p⌋ with s chosen so that 2^62 ≤ Q < 2^64 (so the division cannot overflow).
        let bm = 64 - m.leadingZeroBitCount, bp = 64 - p.leadingZeroBitCount
        let s = 63 + bp - bm
        let high = s >= 64 ? m << UInt64(s - 64) : m >> UInt64(64 - s)
        let low = s >= 64 ? 0 : m << UInt64(s)
        let (q, r) = p.dividingFullWidth((high: high, low: low))
        return _roundToDouble(high: 0, low: q, sticky: r != 0, binaryExponent: -s)
    }

    /// The `Double` nearest to (`high`·2⁶⁴ + `low` + ε)·2^`binaryExponent`, ties to even, where
    /// ε is a positive amount below 1 when `sticky`. The caller keeps the result in the normal
    /// range.
    private static func _roundToDouble(high: UInt64, low: UInt64, sticky: Bool, binaryExponent: Int) -> Double {
        let z = high != 0 ? high.leadingZeroBitCount : 64 + low.leadingZeroBitCount
        var h = high, l = low
        if z >= 64 {
            h = low << UInt64(z - 64)
            l = 0
        } else if z > 0 {
            h = (high << UInt64(z)) | (low >> UInt64(64 - z))
            l = low << UInt64(z)
        }
        // Now the top bit of h is set: the 53 bits of the significand, one rounding bit, the rest.
        var mantissa = h >> 11
        var exponent = binaryExponent - z + 75
        let roundBit = (h >> 10) & 1 == 1
        let rest = (h & 0x3FF) != 0 || l != 0 || sticky
        if roundBit && (rest || mantissa & 1 == 1) {
            mantissa += 1
            if mantissa == 1 << 53 {
                mantissa = 1 << 52
                exponent += 1
            }
        }
        return Double(sign: .plus, exponent: exponent, significand: Double(mantissa))
    }
}
