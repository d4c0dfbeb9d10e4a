// Checks multiline string literals, indentation stripping and line continuation.
let quotation = """
The White Rabbit put on his spectacles.  "Where shall I begin,
please your Majesty?" he asked.

"Begin at the beginning," the King said gravely, "and go on
till you come to the end; then stop."
"""
print(quotation)

let softWrapped = """
    These are the same \
    line, written on two.
    """
print(softWrapped)

let indented = """
    Line one
        Line two is indented
    Line three
    """
print(indented)
print(indented.split(separator: "\n").count)

let lineBreaks = """

Begins and ends with a blank line

"""
print("[" + lineBreaks + "]")
