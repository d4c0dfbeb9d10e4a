// Checks raw strings with extended delimiters (#"..."#) and interpolation inside them.
let raw = #"Line 1\nLine 2"#
print(raw)
let rawWithEscape = #"Line 1\#nLine 2"#
print(rawWithEscape)
let value = 42
print(#"Not interpolated: \(value)"#)
print(#"Interpolated: \#(value)"#)
let doubleHash = ##"Contains "# inside"##
print(doubleHash)
let regexLike = #"\d+\.\d+"#
print(regexLike, regexLike.count)
let multi = #"""
Raw multiline with \n kept
and "quotes" too
"""#
print(multi)
