// Checks addingReportingOverflow and multipliedReportingOverflow results.
let (sum, overflow) = Int8(120).addingReportingOverflow(10)
print(sum, overflow)
let (ok, noOverflow) = Int8(100).addingReportingOverflow(27)
print(ok, noOverflow)
let product = UInt8(16).multipliedReportingOverflow(by: 16)
print(product.partialValue, product.overflow)
let diff = UInt.min.subtractingReportingOverflow(1)
print(diff.partialValue == UInt.max, diff.overflow)
let full = UInt8(200).multipliedFullWidth(by: 200)
print(full.high, full.low)
func minusOne() -> Int { -1 }
let div = Int.min.dividedReportingOverflow(by: minusOne())
print(div.partialValue == Int.min, div.overflow)
