/// Chinese numerals as used for section numbers: 一 … 十, 十一, 二十, 二十一, … 九十九.
public enum ChineseNumerals {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    public static func string(for n: Int) -> String {
        precondition(n > 0, "section numbers start at 1")
        if n < 10 { return digits[n] }
        if n < 100 {
            let tens = n / 10, ones = n % 10
            return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
        }
        if n < 1000 {
            let hundreds = n / 100, rest = n % 100
            let tail: String
            if rest == 0 { tail = "" }
            else if rest < 10 { tail = "零" + digits[rest] }
            else if rest < 20 { tail = "一" + string(for: rest) }  // 一百一十五, not 一百十五
            else { tail = string(for: rest) }
            return digits[hundreds] + "百" + tail
        }
        return String(n)
    }
}
